/**
 * Ledger invariants (ledger.md) under random sequences of receipts, issues and transfers, including
 * back-dated ones, over several items and warehouses. Movements are written with the ledger's own
 * recordMovements: what is checked is the ledger, not the document layer.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../electron/shared/errors'
import { lineAmountFen } from '../../electron/shared/money'
import { writeTransaction } from '../../electron/core/db/open'
import { recordMovements } from '../../electron/core/stock/ledger'
import { verifyLedger } from '../../electron/core/stock/verify'
import { makeApp } from './helpers'
import { bounded } from './property'

interface Op {
  item: number
  warehouse: number
  /** Days before 2026-11-20. */
  daysBack: number
  qty: number
  /** Price in 1/10000 元 for a receipt; null for an issue. */
  price: number | null
  /** An issue that is a transfer to the other warehouse. */
  transfer: boolean
}

const op = fc.record({
  item: fc.integer({ min: 1, max: 3 }),
  warehouse: fc.integer({ min: 1, max: 2 }),
  daysBack: fc.integer({ min: 0, max: 6 }),
  qty: fc.integer({ min: 1, max: 40 }).map((n) => n * 250),
  price: fc.option(fc.integer({ min: 0, max: 999_999 }), { freq: 2 }),
  transfer: fc.boolean(),
})

const dateOf = (daysBack: number) => `2026-11-${String(20 - daysBack).padStart(2, '0')}`

/** A database with three items, two warehouses and one document the movements hang on. */
function ledgerApp() {
  const app = makeApp()
  const db = app.core.db
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'admin', '管理员', 'admin', 'x', 'now', 'now');
    INSERT INTO warehouses (code, name) VALUES ('WH02', '二号库');
    INSERT INTO items (code, name, unit, unit_decimals, created_at, updated_at) VALUES
      ('A', '甲', 'kg', 3, 'now', 'now'), ('B', '乙', 'kg', 3, 'now', 'now'), ('C', '丙', 'kg', 3, 'now', 'now');
    INSERT INTO documents (id, doc_type, status, request_id, business_date, warehouse_id, created_by, created_at, updated_at)
      VALUES (1, 'RK', 'draft', 'r1', '2026-11-20', 1, 1, 'now', 'now');
  `)
  return app
}

/** Applies the ops one posting each; returns which were accepted (an issue beyond stock is refused). */
function apply(app: ReturnType<typeof ledgerApp>, ops: Op[]): boolean[] {
  return ops.map((o, index) => {
    const fact = {
      documentId: 1,
      lineNo: index + 1,
      itemId: o.item,
      warehouseId: o.warehouse,
      businessDate: dateOf(o.daysBack),
      qtyDelta: o.price === null ? -o.qty : o.qty,
      valueInFen: o.price === null ? null : lineAmountFen(o.qty, o.price),
    }
    try {
      writeTransaction(app.core.db, () => {
        const [sent] = recordMovements(app.core.db, [fact])
        if (isTransfer(o)) {
          const receiver = { ...fact, warehouseId: 3 - o.warehouse, qtyDelta: o.qty, transferOf: sent }
          recordMovements(app.core.db, [receiver])
        }
      })
      return true
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') return false
      throw error
    }
  })
}

const isTransfer = (o: Op) => o.price === null && o.transfer

/** What an op does to one warehouse's quantity: a transfer takes from one and gives to the other. */
const delta = (o: Op, warehouse: number) =>
  o.warehouse === warehouse ? (o.price === null ? -o.qty : o.qty) : isTransfer(o) ? o.qty : 0

/** The model: an op is accepted iff, placed by (date, sequence), no running quantity goes negative. */
function modelAccepts(accepted: (Op & { seq: number })[], candidate: Op & { seq: number }): boolean {
  const same = [...accepted, candidate]
    .filter((o) => o.item === candidate.item)
    .sort((a, b) => b.daysBack - a.daysBack || a.seq - b.seq)
  for (const warehouse of [1, 2]) {
    let qty = 0
    for (const o of same) {
      qty += delta(o, warehouse)
      if (qty < 0) return false
    }
  }
  return true
}

const snapshot = (app: ReturnType<typeof ledgerApp>) =>
  app.core.db
    .prepare('SELECT line_no, warehouse_id, value_fen, run_qty, run_value FROM stock_movements ORDER BY line_no, id')
    .all()

describe('ledger invariants (property)', () => {
  it('keeps on-hand = Σ ledger, never negative, values conserved, and refuses exactly the overdrawing issues', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const app = ledgerApp()
        const accepted = apply(app, ops)
        expect(verifyLedger(app.core.db)).toEqual([])
        const kept: (Op & { seq: number })[] = []
        ops.forEach((o, seq) => {
          expect(accepted[seq], `op ${seq}`).toBe(modelAccepts(kept, { ...o, seq }))
          if (accepted[seq]) kept.push({ ...o, seq })
        })
        for (const item of [1, 2, 3]) {
          for (const warehouse of [1, 2]) {
            const expected = kept.filter((o) => o.item === item).reduce((sum, o) => sum + delta(o, warehouse), 0)
            const row = app.core.db
              .prepare('SELECT qty_milli FROM stock_balances WHERE item_id = ? AND warehouse_id = ?')
              .get(item, warehouse) as { qty_milli: number } | undefined
            expect(row?.qty_milli ?? 0).toBe(expected)
          }
        }
        app.close()
      }),
      bounded(150),
    )
  })

  it('gives the same values for the same facts in the same order', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const first = ledgerApp()
        const second = ledgerApp()
        apply(first, ops)
        apply(second, ops)
        expect(snapshot(second)).toEqual(snapshot(first))
        first.close()
        second.close()
      }),
      bounded(60),
    )
  })

  it('takes exactly the remaining value out with the last unit', () => {
    const app = ledgerApp()
    apply(app, [
      { item: 1, warehouse: 1, daysBack: 2, qty: 3000, price: 33_333, transfer: false }, // 3 × 3.3333 = 10.00
      { item: 1, warehouse: 1, daysBack: 1, qty: 1000, price: null, transfer: false }, // round(1000 × 1/3) = 3.33
      { item: 1, warehouse: 1, daysBack: 0, qty: 2000, price: null, transfer: false }, // the rest: 6.67
    ])
    expect(snapshot(app)).toEqual([
      { line_no: 1, warehouse_id: 1, value_fen: 1000, run_qty: 3000, run_value: 1000 },
      { line_no: 2, warehouse_id: 1, value_fen: -333, run_qty: 2000, run_value: 667 },
      { line_no: 3, warehouse_id: 1, value_fen: -667, run_qty: 0, run_value: 0 },
    ])
  })

  it('detects a tampered balance or valuation', () => {
    const app = ledgerApp()
    apply(app, [{ item: 1, warehouse: 1, daysBack: 0, qty: 1000, price: 10_000, transfer: false }])
    app.core.db.prepare('UPDATE stock_balances SET qty_milli = 2000').run()
    app.core.db.prepare('UPDATE stock_movements SET run_value = 5').run()
    expect(verifyLedger(app.core.db)).toEqual([
      'movement 1: stored 100/1000/5, recomputed 100/1000/100',
      'balance 1:1: table 2000/100, ledger 1000/100',
    ])
    app.core.db.prepare('UPDATE stock_balances SET value_fen = 7').run()
    expect(verifyLedger(app.core.db)).toContain('value moved 100 ≠ value held 7')
  })
})
