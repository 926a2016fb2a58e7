import { LEDGER_TYPE_NAMES } from '@shared/rules/ledger-rows'

/** The item ledger (物资明细账) screen. */
export default {
  stockLedger: {
    title: '明细账',
    nav: '明细账',
    item: '物资',
    itemPlaceholder: '输入编码、名称搜索，或直接扫码',
    warehouse: '仓库',
    warehousePlaceholder: '选择仓库',
    dateRange: '日期',
    chooseHint: '选择物资和仓库后查看明细账；扫码枪可直接扫物资条码',
    scanHint: '扫码可切换物资',
    unitLine: '单位：{unit}',
    picked: '已切换到 {name}',
    codeNotFound: '条码 {code} 未找到对应物资',
    badCheckDigit: '条码 {code} 校验位错误，请重新扫描',
    opening: '期初结存',
    closing: '期末结存',
    reversal: '红冲',
    reversed: '已红冲',
    columns: {
      date: '日期',
      docNo: '单号',
      type: '业务类型',
      party: '往来单位',
      inQty: '收入数量',
      inValue: '收入金额',
      outQty: '发出数量',
      outValue: '发出金额',
      balanceQty: '结存数量',
      average: '平均单价',
      balanceValue: '结存金额',
    },
    groups: { in: '收入', out: '发出', balance: '结存' },
    // The names the core's export writes too: one list, in electron/shared.
    types: { ...LEDGER_TYPE_NAMES },
  },
}
