import type { Item, PackUnit, StockLimit } from '../../shared/contract'
import type { Db } from '../db/open'
import { nameInitials, refreshSearchText } from '../search/initials'

export interface ItemRow {
  id: number
  code: string
  name: string
  spec: string
  unit: string
  unit_decimals: number
  ref_price_e4: number
  category_id: number | null
  default_supplier_id: number | null
  default_location_id: number | null
  notes: string
  allow_negative: number
  active: number
}

export type ItemFields = Omit<Item, 'id' | 'active'>

/** Row → domain item, with its barcodes, pack units and stock limits. */
export function toItem(db: Db, row: ItemRow): Item {
  const barcodes = db
    .prepare('SELECT barcode, unit_name FROM item_barcodes WHERE item_id = ? ORDER BY barcode')
    .all(row.id) as { barcode: string; unit_name: string | null }[]
  const units = db
    .prepare('SELECT name, qty_milli FROM item_units WHERE item_id = ? ORDER BY qty_milli')
    .all(row.id) as {
    name: string
    qty_milli: number
  }[]
  const limits = db
    .prepare('SELECT warehouse_id, min_milli, max_milli FROM item_stock_limits WHERE item_id = ? ORDER BY warehouse_id')
    .all(row.id) as { warehouse_id: number; min_milli: number; max_milli: number | null }[]
  const packUnits: PackUnit[] = units.map((u) => ({
    name: u.name,
    qtyMilli: u.qty_milli,
    barcodes: barcodes.filter((b) => b.unit_name === u.name).map((b) => b.barcode),
  }))
  const stockLimits: StockLimit[] = limits.map((l) => ({
    warehouseId: l.warehouse_id,
    minMilli: l.min_milli,
    maxMilli: l.max_milli,
  }))
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    unit: row.unit,
    unitDecimals: row.unit_decimals,
    refPriceE4: row.ref_price_e4,
    barcodes: barcodes.filter((b) => b.unit_name === null).map((b) => b.barcode),
    packUnits,
    categoryId: row.category_id,
    stockLimits,
    defaultSupplierId: row.default_supplier_id,
    defaultLocationId: row.default_location_id,
    notes: row.notes,
    allowNegative: row.allow_negative === 1,
    active: row.active === 1,
  }
}

export function getItem(db: Db, id: number): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined
  return row && toItem(db, row)
}

export function findItemByCode(db: Db, code: string): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE code = ?').get(code) as ItemRow | undefined
  return row && toItem(db, row)
}

/** The barcode row: which item, how many base-unit thousandths one scan counts, and on which unit. */
export function findBarcode(
  db: Db,
  barcode: string,
): { itemId: number; qtyMilli: number; unitName: string | null } | undefined {
  return db
    .prepare(
      'SELECT item_id AS itemId, qty_milli AS qtyMilli, unit_name AS unitName FROM item_barcodes WHERE barcode = ?',
    )
    .get(barcode) as { itemId: number; qtyMilli: number; unitName: string | null } | undefined
}

const COLUMNS = `code = @code, name = @name, spec = @spec, unit = @unit, unit_decimals = @unitDecimals,
  ref_price_e4 = @refPriceE4, category_id = @categoryId, default_supplier_id = @defaultSupplierId,
  default_location_id = @defaultLocationId, notes = @notes, allow_negative = @allowNegative, initials = @initials,
  updated_at = @at`

export function insertItem(db: Db, fields: ItemFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO items (code, name, spec, unit, unit_decimals, ref_price_e4, category_id, default_supplier_id,
         default_location_id, notes, allow_negative, initials, created_at, updated_at)
       VALUES (@code, @name, @spec, @unit, @unitDecimals, @refPriceE4, @categoryId, @defaultSupplierId,
         @defaultLocationId, @notes, @allowNegative, @initials, @at, @at)`,
    )
    .run(params(fields, at))
  const id = Number(lastInsertRowid)
  replaceChildren(db, id, fields)
  return id
}

export function updateItem(db: Db, id: number, fields: ItemFields & { active?: boolean }, at: string): void {
  db.prepare(`UPDATE items SET ${COLUMNS}, active = coalesce(@active, active) WHERE id = @id`).run({
    ...params(fields, at),
    active: fields.active === undefined ? null : Number(fields.active),
    id,
  })
  replaceChildren(db, id, fields)
}

const params = (fields: ItemFields, at: string) => ({
  code: fields.code,
  name: fields.name,
  spec: fields.spec,
  unit: fields.unit,
  unitDecimals: fields.unitDecimals,
  refPriceE4: fields.refPriceE4,
  categoryId: fields.categoryId,
  defaultSupplierId: fields.defaultSupplierId,
  defaultLocationId: fields.defaultLocationId,
  notes: fields.notes,
  allowNegative: Number(fields.allowNegative),
  initials: nameInitials(fields.name),
  at,
})

function replaceChildren(db: Db, itemId: number, fields: ItemFields): void {
  db.prepare('DELETE FROM item_barcodes WHERE item_id = ?').run(itemId)
  db.prepare('DELETE FROM item_units WHERE item_id = ?').run(itemId)
  db.prepare('DELETE FROM item_stock_limits WHERE item_id = ?').run(itemId)
  const barcode = db.prepare('INSERT INTO item_barcodes (barcode, item_id, qty_milli, unit_name) VALUES (?, ?, ?, ?)')
  for (const code of fields.barcodes) barcode.run(code, itemId, 1000, null)
  const unit = db.prepare('INSERT INTO item_units (item_id, name, qty_milli) VALUES (?, ?, ?)')
  for (const pack of fields.packUnits) {
    unit.run(itemId, pack.name, pack.qtyMilli)
    for (const code of pack.barcodes) barcode.run(code, itemId, pack.qtyMilli, pack.name)
  }
  const limit = db.prepare(
    'INSERT INTO item_stock_limits (item_id, warehouse_id, min_milli, max_milli) VALUES (?, ?, ?, ?)',
  )
  for (const l of fields.stockLimits) limit.run(itemId, l.warehouseId, l.minMilli, l.maxMilli)
  refreshSearchText(db, itemId)
}

/** History = any document line or ledger movement; an item with history is deactivated, never deleted. */
export const hasHistory = (db: Db, itemId: number): boolean =>
  db
    .prepare(
      'SELECT 1 FROM document_lines WHERE item_id = ? UNION ALL SELECT 1 FROM stock_movements WHERE item_id = ? LIMIT 1',
    )
    .get(itemId, itemId) !== undefined

export const hasMovements = (db: Db, itemId: number): boolean =>
  db.prepare('SELECT 1 FROM stock_movements WHERE item_id = ? LIMIT 1').get(itemId) !== undefined

export function deleteItem(db: Db, itemId: number): void {
  db.prepare('DELETE FROM supplier_items WHERE item_id = ?').run(itemId)
  db.prepare('DELETE FROM item_barcodes WHERE item_id = ?').run(itemId)
  db.prepare('DELETE FROM items WHERE id = ?').run(itemId)
}
