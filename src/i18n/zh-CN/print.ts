/** The printed stock-in sheet. */
export default {
  print: {
    title: '入库单',
    docNo: '单号',
    businessDate: '日期',
    warehouse: '仓库',
    note: '备注',
    columns: {
      index: '序号',
      code: '物资编码',
      name: '名称',
      spec: '规格型号',
      unit: '单位',
      quantity: '数量',
      price: '单价',
      amount: '金额',
    },
    total: '合计',
    capitals: '大写金额',
    signatures: { creator: '制单', keeper: '仓管', inspector: '验收', poster: '审核' },
    draftWatermark: '草稿',
    toolbar: { print: '打印', pdf: '导出PDF', close: '关闭' },
    pdfSaved: '已导出：{path}',
    loadFailed: '单据加载失败',
    printedAt: '打印时间：{at}',
  },
}
