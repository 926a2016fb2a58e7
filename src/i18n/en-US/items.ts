import type { MessageSchema } from '../zh-CN'

/** English — the items (物资) screen. */
export default {
  items: {
    title: 'Items',
    searchPlaceholder: 'Code / name / spec / barcode',
    includeInactive: 'Include inactive',
    create: 'New item',
    edit: 'Edit item',
    empty: 'No items found',
    columns: {
      code: 'Code',
      name: 'Name',
      spec: 'Specification',
      unit: 'Unit',
      barcodes: 'Barcodes',
      onHand: 'On hand',
      refPrice: 'Ref. price',
      status: 'Status',
    },
    fields: {
      code: 'Item code',
      name: 'Name',
      spec: 'Specification',
      unit: 'Unit',
      unitDecimals: 'Quantity decimals',
      refPrice: 'Reference price (CNY)',
      barcodes: 'Barcodes',
      active: 'Active',
    },
    placeholders: {
      code: 'Leave empty to number automatically',
      name: 'e.g. A4 copy paper',
      spec: 'e.g. 70g, 500 sheets',
      unit: 'e.g. pack, pc, kg',
      refPrice: '0.00',
      barcode: 'Scan or type a barcode',
    },
    hints: {
      unitDecimals: '0: whole numbers (pcs); 3: down to 0.001 (kg)',
      barcodes: 'Press Enter to add; several allowed',
    },
    rules: {
      code: 'A code has 1–32 letters, digits or _ . -',
      name: 'Enter a name',
      unit: 'Enter a unit',
      price: 'Invalid price (at most 4 decimals)',
      barcode: 'Barcode "{code}" is invalid (1–64 letters, digits or symbols)',
      barcodeDuplicate: 'Barcode "{code}" is listed twice',
      barcodeCheck: 'Barcode "{code}" has a wrong check digit (expected {expected})',
    },
    generateBarcode: 'Generate in-store code',
    lowStock: 'Low',
    created: 'Item "{name}" created',
    updated: 'Item "{name}" saved',
  },
} satisfies Pick<MessageSchema, 'items'>
