/**
 * The stock ledger: append-only movements and their moving-average valuation (ledger.md).
 * Call only inside a write transaction; a thrown error rolls the whole posting back.
 */
import { formatQuantity, proportionalFen, safeAdd } from '../../shared/money'
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
  /** For a reversal (红冲): the movement it cancels. */
  reversalOf?: number
  /** For the receiving side of a transfer (调拨): the sending movement whose value it takes. */
  transferOf?: number
}

export interface MovementRow {
  id: number
  business_date: string
  qty_delta: number
  value_in_fen: number | null
  value_fen: number
  run_qty: number
  run_value: number
  reversal_of: number | null
  transfer_of: number | null
  /** 1 when a later reversal cancels this movement. */
  reversed: number
}

/** The columns `step` needs, for any query over stock_movements m. */
export const MOVEMENT_COLUMNS = `m.id, m.business_date, m.qty_delta, m.value_in_fen, m.value_fen, m.run_qty, m.run_value,
  m.reversal_of, m.transfer_of, EXISTS (SELECT 1 FROM stock_movements r WHERE r.reversal_of = m.id) AS reversed`

/**
 * One step of the moving average (ledger.md): the movement's signed value and the balance after it.
 * A reversed movement and its reversal are neutral — they leave the balance as if neither had been
 * posted; they still carry opposite values, so the ledger's values sum to what is on hand.
 * `valueOf` gives the value of another movement: the original of a reversal, the sender of a transfer.
 *
 * Negative stock (items an administrator allowed it for): an out beyond the quantity takes all the
 * value left, so below zero the value is 0; an in that arrives below zero first covers the units
 * already issued unvalued, and only the share of its value for the units left on hand is booked.
 */
export function step(
  row: MovementRow,
  qty: number,
  value: number,
  valueOf: (id: number) => number,
): { delta: number; qty: number; value: number } {
  if (row.reversal_of !== null) return { delta: -valueOf(row.reversal_of), qty, value }
  let own: number
  if (row.qty_delta < 0) {
    const out = -row.qty_delta
    // The last unit out takes exactly what is left; otherwise round(V × q / Q), half away from zero.
    own = -(out >= qty ? value : proportionalFen(value, out, qty))
  } else {
    const brought = row.transfer_of !== null ? -valueOf(row.transfer_of) : (row.value_in_fen ?? 0)
    const after = qty + row.qty_delta
    own = qty >= 0 || row.reversed ? brought : after <= 0 ? 0 : proportionalFen(brought, after, row.qty_delta)
  }
  if (row.reversed) return { delta: own, qty, value }
  // A balance beyond 2^53 − 1 could not be held exactly: the posting is refused (rolled back).
  return { delta: own, qty: safeAdd(qty, row.qty_delta, 'quantity'), value: safeAdd(value, own) }
}

/** Writes the movements and re-values from the earliest position they touch; returns their ids. */
export function recordMovements(db: Db, facts: MovementFact[]): number[] {
  const ids: number[] = []
  const insert = db.prepare(
    `INSERT INTO stock_movements (document_id, line_no, item_id, warehouse_id, business_date, qty_delta,
       value_in_fen, reversal_of, transfer_of, value_fen, run_qty, run_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)`,
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
        fact.reversalOf ?? null,
        fact.transferOf ?? null,
      ).lastInsertRowid,
    )
    ids.push(id)
    // A reversal changes the valuation from the movement it cancels on, which becomes neutral.
    const from = fact.reversalOf ?? id
    const key = `${fact.itemId}:${fact.warehouseId}`
    const seen = earliest.get(key)
    if (!seen || fact.businessDate < seen.date || (fact.businessDate === seen.date && from < seen.id)) {
      earliest.set(key, { itemId: fact.itemId, warehouseId: fact.warehouseId, date: fact.businessDate, id: from })
    }
  }
  const queue = [...earliest.values()]
  // A changed transfer value carries on in the receiving warehouse; positions only move forward
  // (the receiving movement comes after its sender), so this ends.
  for (let start = queue.shift(); start; start = queue.shift()) {
    queue.push(...revalue(db, start.itemId, start.warehouseId, start.date, start.id))
  }
  return ids
}

interface Position {
  itemId: number
  warehouseId: number
  date: string
  id: number
}

/**
 * Recomputes the valuation of one item in one warehouse from a position (business date, posting
 * sequence) to the end, refuses any balance that would go negative, and stores the final balance.
 * Returns the positions in receiving warehouses whose transfer value changed.
 */
export function revalue(db: Db, itemId: number, warehouseId: number, fromDate: string, fromId: number): Position[] {
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
      `SELECT ${MOVEMENT_COLUMNS}, t.id AS receiver_id, t.item_id AS receiver_item, t.warehouse_id AS receiver_warehouse
       FROM stock_movements m LEFT JOIN stock_movements t ON t.transfer_of = m.id
       WHERE m.item_id = ? AND m.warehouse_id = ? AND (m.business_date, m.id) >= (?, ?)
       ORDER BY m.business_date, m.id`,
    )
    .all(itemId, warehouseId, fromDate, fromId) as (MovementRow & {
    receiver_id: number | null
    receiver_item: number
    receiver_warehouse: number
  })[]
  const allowNegative =
    (db.prepare('SELECT allow_negative FROM items WHERE id = ?').get(itemId) as { allow_negative: number })
      .allow_negative === 1
  const update = db.prepare('UPDATE stock_movements SET value_fen = ?, run_qty = ?, run_value = ? WHERE id = ?')
  const values = new Map<number, number>()
  const valueOf = (id: number) => values.get(id) ?? storedValue(db, id)
  const carried: Position[] = []
  for (const row of rows) {
    const next = step(row, qty, value, valueOf)
    ;({ qty, value } = next)
    values.set(row.id, next.delta)
    if ((qty < 0 && !allowNegative) || value < 0) throw insufficientStock(db, itemId, row.business_date, qty)
    if (next.delta !== row.value_fen || qty !== row.run_qty || value !== row.run_value) {
      update.run(next.delta, qty, value, row.id)
      if (row.receiver_id !== null && next.delta !== row.value_fen) {
        carried.push({
          itemId: row.receiver_item,
          warehouseId: row.receiver_warehouse,
          date: row.business_date,
          id: row.receiver_id,
        })
      }
    }
  }
  db.prepare(
    `INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_id, warehouse_id) DO UPDATE SET qty_milli = excluded.qty_milli, value_fen = excluded.value_fen`,
  ).run(itemId, warehouseId, qty, value)
  return carried
}

export function storedValue(db: Db, movementId: number): number {
  return (db.prepare('SELECT value_fen FROM stock_movements WHERE id = ?').get(movementId) as { value_fen: number })
    .value_fen
}

function insufficientStock(db: Db, itemId: number, date: string, qty: number): ApiError {
  const item = db.prepare('SELECT code, name FROM items WHERE id = ?').get(itemId) as { code: string; name: string }
  return new ApiError('INSUFFICIENT_STOCK', {
    zh: `「${item.code} ${item.name}」库存不足：${date} 的结存将为 ${formatQuantity(qty)}`,
    en: `Not enough stock of ${item.code} ${item.name}: the balance on ${date} would be ${formatQuantity(qty)}`,
  })
}
