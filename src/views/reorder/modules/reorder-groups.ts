import type { Input, ReorderSuggestion } from '@shared/contract'
import { localDate } from '@/utils/date'
import { checkQuantity, quantityInputText } from '@/utils/quantity'
import { priceCell, quantityCell } from '@/utils/stock-figures'

/** A suggestion as the user adjusts it: the quantity to order and, where the item has no default, a supplier. */
export interface ReorderRow {
  key: string
  suggestion: ReorderSuggestion
  qtyText: string
  supplierId: number | null
  supplierName: string
}

export interface SupplierGroup {
  key: string
  /** The items' default supplier; null for the items that have none (each row then names its own). */
  supplierId: number | null
  supplierName: string
  rows: ReorderRow[]
}

export const rowKey = (suggestion: Pick<ReorderSuggestion, 'itemId' | 'warehouseId'>): string =>
  `${suggestion.itemId}-${suggestion.warehouseId}`

export function reorderRows(suggestions: readonly ReorderSuggestion[]): ReorderRow[] {
  return suggestions.map((suggestion) => ({
    key: rowKey(suggestion),
    suggestion,
    qtyText: quantityInputText(suggestion.suggestedMilli),
    supplierId: suggestion.supplierId,
    supplierName: suggestion.supplierName ?? '',
  }))
}

/**
 * The suggestions by default supplier, as the orders will be made: groups in order of supplier name,
 * items without a default supplier last.
 */
export function groupBySupplier(rows: readonly ReorderRow[]): SupplierGroup[] {
  const groups = new Map<number | null, SupplierGroup>()
  for (const row of rows) {
    const supplierId = row.suggestion.supplierId
    let group = groups.get(supplierId)
    if (!group) {
      group = {
        key: String(supplierId ?? 'none'),
        supplierId,
        supplierName: row.suggestion.supplierName ?? '',
        rows: [],
      }
      groups.set(supplierId, group)
    }
    group.rows.push(row)
  }
  return [...groups.values()].sort((a, b) => {
    if (a.supplierId === null || b.supplierId === null) return a.supplierId === null ? 1 : -1
    return a.supplierName.localeCompare(b.supplierName, 'zh-CN')
  })
}

export const rowQuantity = (row: ReorderRow): number | null =>
  checkQuantity(row.qtyText, row.suggestion.unitDecimals).qtyMilli

export type ReorderProblem = 'none' | 'qty' | 'supplier'

type Batch = Omit<Input<'purchase.reorderToOrders'>, 'requestId'>

/**
 * The chosen rows as purchase.reorderToOrders takes them: one call per receiving warehouse (an order
 * goes to one warehouse), or what is wrong with them.
 */
export function reorderBatches(rows: readonly ReorderRow[]): { batches: Batch[] } | { problem: ReorderProblem } {
  if (rows.length === 0) return { problem: 'none' }
  const byWarehouse = new Map<number, Batch['lines']>()
  for (const row of rows) {
    const qtyMilli = rowQuantity(row)
    if (qtyMilli === null) return { problem: 'qty' }
    if (row.supplierId === null) return { problem: 'supplier' }
    const lines = byWarehouse.get(row.suggestion.warehouseId) ?? []
    lines.push({ itemId: row.suggestion.itemId, qtyMilli, supplierId: row.supplierId })
    byWarehouse.set(row.suggestion.warehouseId, lines)
  }
  return { batches: [...byWarehouse].map(([warehouseId, lines]) => ({ warehouseId, lines })) }
}

type Translate = (key: string) => string

/**
 * The .xlsx of the suggestions as on screen: by supplier group, with the quantity to order as adjusted
 * (as typed when it is not a valid quantity) and the supplier chosen for items without a default.
 */
export function reorderExportTable(t: Translate, groups: readonly SupplierGroup[]): Input<'files.exportTable'> {
  const name = t('purchase.reorder.exportName')
  const qty = (milli: number | null) => (milli === null ? '' : quantityCell(milli))
  return {
    fileName: `${name}-${localDate()}`,
    sheetName: name,
    headers: [
      t('purchase.reorder.columns.supplier'),
      t('purchase.lines.code'),
      t('purchase.lines.name'),
      t('purchase.lines.spec'),
      t('purchase.lines.unit'),
      t('purchase.reorder.columns.warehouse'),
      t('purchase.reorder.columns.onHand'),
      t('purchase.reorder.columns.onOrder'),
      t('purchase.reorder.columns.min'),
      t('purchase.reorder.columns.max'),
      t('purchase.reorder.columns.suggested'),
      t('purchase.reorder.columns.lastPrice'),
    ],
    rows: groups.flatMap((group) =>
      group.rows.map((row) => {
        const { suggestion } = row
        const ordered = rowQuantity(row)
        return [
          row.supplierName,
          suggestion.itemCode,
          suggestion.itemName,
          suggestion.itemSpec,
          suggestion.unit,
          suggestion.warehouseName,
          qty(suggestion.onHandMilli),
          qty(suggestion.onOrderMilli),
          qty(suggestion.minMilli),
          qty(suggestion.maxMilli),
          ordered === null ? row.qtyText.trim() : qty(ordered),
          priceCell(suggestion.lastPriceE4),
        ]
      }),
    ),
  }
}
