import type { MessageSchema } from '../zh-CN'

/** English — the printed stock-in sheet. */
export default {
  print: {
    title: 'Stock-in receipt',
    docNo: 'Doc. no.',
    businessDate: 'Date',
    warehouse: 'Warehouse',
    note: 'Note',
    columns: {
      index: 'No.',
      code: 'Code',
      name: 'Name',
      spec: 'Specification',
      unit: 'Unit',
      quantity: 'Quantity',
      price: 'Unit price',
      amount: 'Amount',
    },
    total: 'Total',
    capitals: 'Amount in words',
    signatures: { creator: 'Prepared by', keeper: 'Storekeeper', inspector: 'Inspected by', poster: 'Approved by' },
    draftWatermark: 'DRAFT',
    toolbar: { print: 'Print', pdf: 'Export PDF', close: 'Close' },
    pdfSaved: 'Saved: {path}',
    loadFailed: 'The document could not be loaded',
    printedAt: 'Printed: {at}',
  },
} satisfies Pick<MessageSchema, 'print'>
