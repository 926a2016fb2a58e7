/**
 * The stock ledger: append-only movements and their moving-average valuation (ledger.md).
 * Call only inside a write transaction; a thrown error rolls the whole posting back.
 */
import { formatQuantity, proportionalFen } from '../../shared/money'
import { ApiError } from '../../shared/errors'
import type { Db } from '../db/open'

export interface MovementFact {
  documentId: number
  lineNo: number
  itemId: number
  warehouseId: number
  businessDate: string
  qtyDelta: number
  /** The value a receipt brings in (分); null for an issue, which is valued at the moving average. */
  valueInFen: number | null
}

interface MovementRow {
  id: number
  business_date: string
  qty_delta: number
  value_in_fen: number | null
  value_fen: number
  run_qty: number
  run_value: number
}

export function recordMovements(db: Db, facts: MovementFact[]): void {
  const insert = db.prepare(
    `INSERT INTO stock_movements (document_id, line_no, item_id, warehouse_id, business_date, qty_delta,
       value_in_fen, value_fen, run_qty, run_value) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)`,
  )
  // The earliest new position per (item, warehouse): valuation is recomputed from there on.
  const earliest = new Map<string, { itemId: number; warehouseId: number; date: string; id: number }>()
  for (const fact of facts) {
    const id = Number(
      insert.run(
        fact.documentId,
        fact.lineNo,
        fact.itemId,
        fact.warehouseId,
        fact.businessDate,
        fact.qtyDelta,
        fact.valueInFen,
      ).lastInsertRowid,
    )
    const key = `${fact.itemId}:${fact.warehouseId}`
    const seen = earliest.get(key)
    if (!seen || fact.businessDate < seen.date) {
      earliest.set(key, { itemId: fact.itemId, warehouseId: fact.warehouseId, date: fact.businessDate, id })
    }
  }
  for (const start of earliest.values()) revalue(db, start.itemId, start.warehouseId, start.date, start.id)
}

/**
 * Recomputes the valuation of one item in one warehouse from a position (business date, posting
 * sequence) to the end, refuses any balance that would go negative, and stores the final balance.
 */
export function revalue(db: Db, itemId: number, warehouseId: number, fromDate: string, fromId: number): void {
  const prior = db
    .prepare(
      `SELECT run_qty, run_value FROM stock_movements WHERE item_id = ? AND warehouse_id = ?
         AND (business_date, id) < (?, ?)
       ORDER BY business_date DESC, id DESC LIMIT 1`,
    )
    .get(itemId, warehouseId, fromDate, fromId) as { run_qty: number; run_value: number } | undefined
  let qty = prior?.run_qty ?? 0
  let value = prior?.run_value ?? 0
  const rows = db
    .prepare(
      `SELECT id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value FROM stock_movements
       WHERE item_id = ? AND warehouse_id = ? AND (business_date, id) >= (?, ?)
       ORDER BY business_date, id`,
    )
    .all(itemId, warehouseId, fromDate, fromId) as MovementRow[]
  const update = db.prepare('UPDATE stock_movements SET value_fen = ?, run_qty = ?, run_value = ? WHERE id = ?')
  for (const row of rows) {
    const delta = valueOf(row, qty, value)
    qty += row.qty_delta
    value += delta
    if (qty < 0 || value < 0) throw insufficientStock(db, itemId, row.business_date, qty)
    if (delta !== row.value_fen || qty !== row.run_qty || value !== row.run_value) update.run(delta, qty, value, row.id)
  }
  db.prepare(
    `INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_id, warehouse_id) DO UPDATE SET qty_milli = excluded.qty_milli, value_fen = excluded.value_fen`,
  ).run(itemId, warehouseId, qty, value)
}

/** The signed value a movement adds, given the balance before it (moving weighted average). */
function valueOf(row: MovementRow, qty: number, value: number): number {
  if (row.value_in_fen !== null) return row.value_in_fen
  const out = -row.qty_delta
  if (out > qty) return 0 // refused by the caller's negative check
  // The last unit out takes exactly what is left; otherwise round(V × q / Q), half away from zero.
  return -(out === qty ? value : proportionalFen(value, out, qty))
}

function insufficientStock(db: Db, itemId: number, date: string, qty: number): ApiError {
  const item = db.prepare('SELECT code, name FROM items WHERE id = ?').get(itemId) as { code: string; name: string }
  return new ApiError('INSUFFICIENT_STOCK', {
    zh: `「${item.code} ${item.name}」库存不足：${date} 的结存将为 ${formatQuantity(qty)}`,
    en: `Not enough stock of ${item.code} ${item.name}: the balance on ${date} would be ${formatQuantity(qty)}`,
  })
}
