/** The on-hand stock (库存) screen. */
export default {
  onHand: {
    title: '库存',
    searchPlaceholder: '物资编码 / 名称',
    warehouse: '仓库',
    allWarehouses: '全部仓库',
    empty: '没有库存',
    columns: {
      code: '物资编码',
      name: '名称',
      spec: '规格型号',
      unit: '单位',
      warehouse: '仓库',
      quantity: '库存数量',
      value: '库存金额',
      average: '平均单价',
    },
  },
}
