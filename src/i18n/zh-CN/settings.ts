/** The settings (设置) screen. */
export default {
  settings: {
    title: '设置',
    org: {
      title: '单位信息',
      name: '单位名称',
      hint: '打印在单据抬头，如「XX 学校后勤处」',
      rule: '请输入单位名称（最多 60 字）',
      saved: '单位名称已保存',
    },
    docNo: {
      title: '单据编号',
      intro: '单号由前缀、业务日期和当天流水号组成，审核时分配，不会重复使用。修改前缀只影响之后审核的单据。',
      preview: '示例',
      types: { RK: '入库单', CK: '出库单', DB: '调拨单', PD: '盘点单' },
      rules: {
        required: '请输入前缀',
        format: '前缀只能是 1–6 个大写英文字母',
        duplicate: '前缀「{prefix}」与其他单据重复',
      },
      fix: '请先修正标红的前缀',
      saved: '单据编号前缀已保存',
    },
    scanner: {
      title: '扫码枪测试',
      intro:
        '把光标放在下面的输入框中，用扫码枪扫一个条码，或用键盘输入后按回车。系统根据按键间隔区分扫码和手工输入，并且不受中文输入法影响。',
      placeholder: '在此扫码或输入，然后回车',
      lastResult: '最近一次',
      code: '内容',
      source: '判定',
      scan: '扫码枪',
      typed: '键盘输入',
      length: '字符数',
      duration: '用时',
      durationValue: '{ms} 毫秒',
      none: '尚未扫码',
      history: '记录',
    },
    about: { title: '关于', version: '版本', mode: '运行方式', desktop: '桌面版', browser: '浏览器' },
  },
}
