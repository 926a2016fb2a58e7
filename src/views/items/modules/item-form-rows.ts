import type { Input, Item } from '@shared/contract'
import { parseQuantity } from '@shared/money'
import { quantityInputText } from '@/utils/quantity'

type ItemInput = Input<'items.create'>
type PackUnitInput = NonNullable<ItemInput['packUnits']>[number]
type StockLimitInput = NonNullable<ItemInput['stockLimits']>[number]

/** A pack unit as edited: 1 箱 = 「12」 base units, typed as text and parsed exactly on save. */
export interface PackUnitRow {
  name: string | null
  /** Base units in one pack, as typed. */
  ratio: string
  barcodes: string[]
}

/** A warehouse's stock limits as edited: empty min is 0, empty max is no maximum. */
export interface StockLimitRow {
  warehouseId: number | null
  min: string
  max: string
}

export const blankPackUnit = (): PackUnitRow => ({ name: null, ratio: '', barcodes: [] })
export const blankStockLimit = (): StockLimitRow => ({ warehouseId: null, min: '', max: '' })

export function packUnitRows(item: Item): PackUnitRow[] {
  return item.packUnits.map((pack) => ({
    name: pack.name,
    ratio: quantityInputText(pack.qtyMilli),
    barcodes: [...pack.barcodes],
  }))
}

export function stockLimitRows(item: Item): StockLimitRow[] {
  return item.stockLimits.map((limit) => ({
    warehouseId: limit.warehouseId,
    min: limit.minMilli === 0 ? '' : quantityInputText(limit.minMilli),
    max: limit.maxMilli === null ? '' : quantityInputText(limit.maxMilli),
  }))
}

/** The rows as items.create takes them; only called once the form has checked every row. */
export function packUnitInputs(rows: readonly PackUnitRow[], unitDecimals: number): PackUnitInput[] {
  return rows.map((row) => ({
    name: row.name ?? '',
    qtyMilli: parseQuantity(row.ratio, unitDecimals) ?? 0,
    barcodes: row.barcodes.map((code) => code.trim()),
  }))
}

export function stockLimitInputs(rows: readonly StockLimitRow[], unitDecimals: number): StockLimitInput[] {
  return rows.map((row) => ({
    warehouseId: row.warehouseId ?? 0,
    minMilli: row.min.trim() === '' ? 0 : (parseQuantity(row.min, unitDecimals) ?? 0),
    maxMilli: row.max.trim() === '' ? null : parseQuantity(row.max, unitDecimals),
  }))
}
