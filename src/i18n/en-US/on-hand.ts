import type { MessageSchema } from '../zh-CN'

/** English — the on-hand stock (库存) screen. */
export default {
  onHand: {
    title: 'Stock on hand',
    searchPlaceholder: 'Item code / name',
    warehouse: 'Warehouse',
    allWarehouses: 'All warehouses',
    empty: 'No stock',
    columns: {
      code: 'Code',
      name: 'Name',
      spec: 'Specification',
      unit: 'Unit',
      warehouse: 'Warehouse',
      quantity: 'Quantity',
      value: 'Value',
      average: 'Average cost',
    },
  },
} satisfies Pick<MessageSchema, 'onHand'>
