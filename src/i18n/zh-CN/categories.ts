/** The 分类与单位 screen: the category tree and the units of measure. */
export default {
  categories: {
    title: '分类与单位',
    nav: '分类与单位',
    tree: '物资分类',
    create: '新建分类',
    edit: '编辑分类',
    editSelected: '编辑',
    empty: '还没有分类',
    fields: { name: '分类名称', parent: '上级分类', active: '启用' },
    placeholders: { name: '如 办公用品', parent: '不选则为顶级分类' },
    rules: {
      name: '请输入分类名称',
    },
    columns: { path: '分类路径', name: '分类名称', parent: '上级分类', status: '状态' },
    exportName: '物资分类',
    created: '分类「{name}」已创建',
    updated: '分类「{name}」已保存',
  },
  units: {
    title: '计量单位',
    create: '新建单位',
    edit: '修改单位',
    fields: { name: '单位', decimals: '小数位' },
    placeholders: { name: '如 个、箱、千克' },
    decimalsText: { '0': '整数', '1': '可到 0.1', '2': '可到 0.01', '3': '可到 0.001' },
    hints: {
      decimals: '数量可以有几位小数：0 = 整数，3 = 可到 0.001。已被物资使用的单位不能修改小数位。',
    },
    rules: {
      name: '请输入单位（最多 8 个字）',
      exists: '单位「{name}」已存在，请在列表中修改它',
      decimals: '小数位为 0–3 的整数',
    },
    columns: { name: '单位', decimals: '小数位', meaning: '数量精度' },
    exportName: '计量单位',
    saved: '单位「{name}」已保存',
  },
}
