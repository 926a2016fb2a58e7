/** The catalogue's exports: the columns of the import templates plus what the list adds, so a file goes back in. */
import { ITEM_COLUMNS as C } from '../items/import'
import { SUPPLIER_COLUMNS as H } from '../master/supplier-import'
import { defineExport } from './spec'

const status = (active: boolean) => (active ? '启用' : '停用')

export const itemsExport = defineExport({
  method: 'items.list',
  name: () => '物资',
  columns: () => [
    { header: C.code, kind: 'text' },
    { header: C.name, width: 22 },
    { header: C.spec, width: 18 },
    { header: C.category },
    { header: C.unit, width: 10 },
    { header: C.packUnit, width: 10 },
    { header: C.packRatio, kind: 'qty' },
    { header: C.barcode, kind: 'text', width: 16 },
    { header: C.packBarcode, kind: 'text', width: 16 },
    { header: C.minStock, kind: 'qty' },
    { header: C.maxStock, kind: 'qty' },
    { header: C.price, kind: 'price' },
    { header: C.notes, width: 20 },
    { header: '库存', kind: 'qty' },
    { header: '状态', width: 8 },
  ],
  cells: (item) => {
    const pack = item.packUnits[0]
    const limit = item.stockLimits[0]
    return [
      item.code,
      item.name,
      item.spec,
      item.categoryName,
      item.unit,
      pack?.name ?? '',
      pack?.qtyMilli ?? null,
      item.barcodes.join(','),
      pack?.barcodes.join(',') ?? '',
      limit?.minMilli ?? null,
      limit?.maxMilli ?? null,
      item.refPriceE4,
      item.notes,
      item.onHandMilli,
      status(item.active),
    ]
  },
})

export const suppliersExport = defineExport({
  method: 'suppliers.list',
  name: () => '供应商',
  columns: () => [
    ...[H.code, H.name, H.shortName, H.uscc, H.contact, H.phone, H.categories].map((header) => ({
      header,
      kind: 'text' as const,
    })),
    { header: '供应物资数', kind: 'int' },
    { header: '最近资质到期' },
    { header: '状态', width: 8 },
  ],
  cells: (s) => [
    s.code,
    s.name,
    s.shortName,
    s.uscc ?? '',
    s.contactName,
    s.contactPhone,
    s.categories,
    s.itemCount,
    s.nextExpiry ?? '',
    status(s.active),
  ],
})
