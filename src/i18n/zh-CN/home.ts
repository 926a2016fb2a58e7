/** The home page. */
export default {
  home: {
    greeting: '{name}，您好',
    intro: '今天是 {date}。',
    itemCount: '物资品种',
    draftCount: '待审核入库单',
    postedCount: '已审核入库单',
    stockValue: '库存金额（本页）',
    quickActions: '快捷操作',
    newStockIn: '新建入库单',
    findItem: '查询物资',
    viewOnHand: '查看库存',
    recent: '最近的入库单',
    viewAll: '查看全部',
    empty: '还没有入库单',
  },
}
