/**
 * "Verify ledger": checks the invariants of ledger.md on any database, from the facts alone.
 * Returns the problems found (empty when the ledger is sound); never writes.
 */
import type { Db } from '../db/open'
import { MOVEMENT_COLUMNS, step, storedValue, type MovementRow } from './ledger'

type Row = MovementRow & { item_id: number; warehouse_id: number; allow_negative: number }

export function verifyLedger(db: Db): string[] {
  const problems: string[] = []
  const rows = db
    .prepare(
      `SELECT ${MOVEMENT_COLUMNS}, m.item_id, m.warehouse_id, i.allow_negative
       FROM stock_movements m JOIN items i ON i.id = m.item_id
       ORDER BY m.item_id, m.warehouse_id, m.business_date, m.id`,
    )
    .iterate() as IterableIterator<Row>
  const balances = new Map<string, { qty: number; value: number }>()
  const values = new Map<number, number>()
  let key = ''
  let qty = 0
  let value = 0
  // Invariant 4 adds up every movement and every balance: in BigInt, exact whatever the grand total.
  let moved = 0n
  let held = 0n
  for (const row of rows) {
    moved += BigInt(row.value_fen)
    const rowKey = `${row.item_id}:${row.warehouse_id}`
    if (rowKey !== key) {
      key = rowKey
      qty = 0
      value = 0
    }
    // Invariant 2: recomputing the moving average from the facts gives the stored valuation. A
    // transfer's receiving side takes its sender's stored value; the sender is checked in its own turn.
    const next = step(row, qty, value, (id) => values.get(id) ?? (row.transfer_of === id ? storedValue(db, id) : NaN))
    ;({ qty, value } = next)
    values.set(row.id, next.delta)
    if (next.delta !== row.value_fen || qty !== row.run_qty || value !== row.run_value) {
      problems.push(
        `movement ${row.id}: stored ${row.value_fen}/${row.run_qty}/${row.run_value}, recomputed ${next.delta}/${qty}/${value}`,
      )
    }
    // Invariant 3: no negative stock (unless allowed for the item), and no value without quantity. The
    // converse does not hold: goods received at no cost (a donation) or worth less than 1 分 have
    // quantity and zero value.
    if ((qty < 0 && row.allow_negative !== 1) || value < 0) {
      problems.push(`movement ${row.id}: negative balance ${qty} / ${value}`)
    }
    if (qty <= 0 && value !== 0) problems.push(`movement ${row.id}: no quantity but value ${value}`)
    balances.set(rowKey, { qty, value })
  }
  // Invariant 1: the balance table equals the ledger.
  const stored = db.prepare('SELECT item_id, warehouse_id, qty_milli, value_fen FROM stock_balances').all() as {
    item_id: number
    warehouse_id: number
    qty_milli: number
    value_fen: number
  }[]
  for (const balance of stored) {
    const k = `${balance.item_id}:${balance.warehouse_id}`
    const ledger = balances.get(k) ?? { qty: 0, value: 0 }
    if (ledger.qty !== balance.qty_milli || ledger.value !== balance.value_fen) {
      problems.push(
        `balance ${k}: table ${balance.qty_milli}/${balance.value_fen}, ledger ${ledger.qty}/${ledger.value}`,
      )
    }
    held += BigInt(balance.value_fen)
    balances.delete(k)
  }
  for (const [k, ledger] of balances) {
    if (ledger.qty !== 0 || ledger.value !== 0) problems.push(`balance ${k}: missing from the balance table`)
  }
  // Invariant 4: value moved in and out nets to the value on hand — nothing appears or vanishes.
  if (moved !== held) problems.push(`value moved ${moved} ≠ value held ${held}`)
  return problems
}
