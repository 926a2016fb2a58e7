import type { Item, ItemListRow } from '../../shared/contract'
import type { Db } from '../db/open'

interface ItemRow {
  id: number
  code: string
  name: string
  spec: string
  unit: string
  unit_decimals: number
  ref_price_e4: number
  active: number
  barcodes: string | null
}

export interface ItemFields {
  code: string
  name: string
  spec: string
  unit: string
  unitDecimals: number
  refPriceE4: number
  barcodes: string[]
}

const SELECT_ITEM = `
  SELECT i.*, (SELECT group_concat(barcode, char(10)) FROM item_barcodes b WHERE b.item_id = i.id) AS barcodes
  FROM items i`

const toItem = (row: ItemRow): Item => ({
  id: row.id,
  code: row.code,
  name: row.name,
  spec: row.spec,
  unit: row.unit,
  unitDecimals: row.unit_decimals,
  refPriceE4: row.ref_price_e4,
  barcodes: row.barcodes ? row.barcodes.split('\n').sort() : [],
  active: row.active === 1,
})

export function getItem(db: Db, id: number): Item | undefined {
  const row = db.prepare(`${SELECT_ITEM} WHERE i.id = ?`).get(id) as ItemRow | undefined
  return row && toItem(row)
}

export function findItemByCode(db: Db, code: string): Item | undefined {
  const row = db.prepare(`${SELECT_ITEM} WHERE i.code = ?`).get(code) as ItemRow | undefined
  return row && toItem(row)
}

/** The barcode row (which item, how many base-unit thousandths one scan counts). */
export function findBarcode(db: Db, barcode: string): { itemId: number; qtyMilli: number } | undefined {
  return db
    .prepare('SELECT item_id AS itemId, qty_milli AS qtyMilli FROM item_barcodes WHERE barcode = ?')
    .get(barcode) as { itemId: number; qtyMilli: number } | undefined
}

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c)

export function listItems(
  db: Db,
  query: { search: string; includeInactive: boolean; page: number; pageSize: number },
): { rows: ItemListRow[]; total: number } {
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (!query.includeInactive) where.push('i.active = 1')
  if (query.search) {
    params.prefix = likeEscape(query.search) + '%'
    params.fragment = '%' + likeEscape(query.search) + '%'
    params.exact = query.search
    where.push(`(i.code LIKE @prefix ESCAPE '\\' OR i.name LIKE @fragment ESCAPE '\\'
      OR i.spec LIKE @fragment ESCAPE '\\'
      OR i.id IN (SELECT item_id FROM item_barcodes WHERE barcode = @exact))`)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (db.prepare(`SELECT count(*) AS n FROM items i ${clause}`).get(params) as { n: number }).n
  const rows = db
    .prepare(
      `SELECT i.*, (SELECT group_concat(barcode, char(10)) FROM item_barcodes b WHERE b.item_id = i.id) AS barcodes,
         coalesce((SELECT sum(qty_milli) FROM stock_balances s WHERE s.item_id = i.id), 0) AS on_hand
       FROM items i ${clause} ORDER BY i.code LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as (ItemRow & {
    on_hand: number
  })[]
  return { rows: rows.map((row) => ({ ...toItem(row), onHandMilli: row.on_hand })), total }
}

export function insertItem(db: Db, fields: ItemFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO items (code, name, spec, unit, unit_decimals, ref_price_e4, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.code, fields.name, fields.spec, fields.unit, fields.unitDecimals, fields.refPriceE4, at, at)
  const id = Number(lastInsertRowid)
  replaceBarcodes(db, id, fields.barcodes)
  return id
}

export function updateItem(db: Db, id: number, fields: ItemFields & { active?: boolean }, at: string): void {
  db.prepare(
    `UPDATE items SET code = ?, name = ?, spec = ?, unit = ?, unit_decimals = ?, ref_price_e4 = ?,
       active = coalesce(?, active), updated_at = ? WHERE id = ?`,
  ).run(
    fields.code,
    fields.name,
    fields.spec,
    fields.unit,
    fields.unitDecimals,
    fields.refPriceE4,
    fields.active === undefined ? null : Number(fields.active),
    at,
    id,
  )
  replaceBarcodes(db, id, fields.barcodes)
}

function replaceBarcodes(db: Db, itemId: number, barcodes: string[]): void {
  db.prepare('DELETE FROM item_barcodes WHERE item_id = ?').run(itemId)
  const insert = db.prepare('INSERT INTO item_barcodes (barcode, item_id) VALUES (?, ?)')
  for (const barcode of new Set(barcodes)) insert.run(barcode, itemId)
}

export const hasMovements = (db: Db, itemId: number): boolean =>
  db.prepare('SELECT 1 FROM stock_movements WHERE item_id = ? LIMIT 1').get(itemId) !== undefined
