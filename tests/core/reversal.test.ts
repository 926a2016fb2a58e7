import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { App } from '../../electron/core/app'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { makeApp, setupAdmin } from './helpers'
import { bounded } from './property'

const doc = (docType: 'RK' | 'CK', itemId: number, qtyMilli: number, businessDate: string, priceE4 = 0) => ({
  requestId: crypto.randomUUID(),
  docType,
  warehouseId: 1,
  businessDate,
  departmentId: docType === 'CK' ? 1 : null,
  lines: [{ itemId, qtyMilli, priceE4 }],
})

async function setup() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  await admin('departments.create', { code: 'D1', name: '后勤处' })
  const item = await admin('items.create', { code: 'A', name: '洗手液', unit: '瓶' })
  return { app, admin, item }
}

const post = async (admin: Client, input: ReturnType<typeof doc>) =>
  admin('stock.post', { id: (await admin('stock.createDraft', input)).id })

const ledgerState = (app: App) => ({
  // A balance row at zero is the same as none: an (item, warehouse) that once had stock keeps its row.
  balances: app.core.db
    .prepare(
      'SELECT item_id, warehouse_id, qty_milli, value_fen FROM stock_balances WHERE qty_milli <> 0 OR value_fen <> 0',
    )
    .all(),
  // Later valuations: every movement that is not part of a reversed pair, in ledger order.
  movements: app.core.db
    .prepare(
      `SELECT business_date, qty_delta, value_fen, run_qty, run_value FROM stock_movements m
       WHERE m.reversal_of IS NULL AND NOT EXISTS (SELECT 1 FROM stock_movements r WHERE r.reversal_of = m.id)
       ORDER BY business_date, id`,
    )
    .all(),
})

describe('reversal (红冲)', () => {
  it('reverses a stock-in: numbered, dated on the original, marked on both, balance back to zero', async () => {
    const { app, admin, item } = await setup()
    const original = await post(admin, doc('RK', item.id, 6_000, '2026-11-26', 125_000))
    const reversal = await admin('stock.reverse', { id: original.id, requestId: crypto.randomUUID() })
    expect(reversal).toMatchObject({
      docNo: 'RK20261126-0002',
      businessDate: '2026-11-26',
      reversesId: original.id,
      reversesNo: original.docNo,
      totalFen: -7_500, // 6 × 12.50 元, in red
    })
    expect((await admin('stock.get', { id: original.id })).reversedByNo).toBe('RK20261126-0002')
    expect((await admin('stock.onHand', {})).rows).toEqual([])
    expect(verifyLedger(app.core.db)).toEqual([])
    // Idempotent: a second request returns the same reversal.
    expect((await admin('stock.reverse', { id: original.id, requestId: crypto.randomUUID() })).id).toBe(reversal.id)
    await expect(admin('stock.reverse', { id: reversal.id, requestId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('is refused when the goods were already issued, and writes nothing', async () => {
    const { app, admin, item } = await setup()
    const receipt = await post(admin, doc('RK', item.id, 5_000, '2026-11-26', 10_000))
    await post(admin, doc('CK', item.id, 3_000, '2026-11-26'))
    const before = ledgerState(app)
    await expect(admin('stock.reverse', { id: receipt.id, requestId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'INSUFFICIENT_STOCK',
    })
    expect(ledgerState(app)).toEqual(before)
    expect((await admin('stock.get', { id: receipt.id })).reversedById).toBeNull()
  })

  it('leaves every balance and later valuation as if the original had never been posted (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            out: fc.boolean(),
            qty: fc.integer({ min: 1, max: 9 }),
            day: fc.integer({ min: 20, max: 26 }),
            price: fc.integer({ min: 0, max: 99_999 }),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        fc.nat(),
        async (ops, pick) => {
          const withIt = await setup()
          const without = await setup()
          const target = pick % ops.length
          const inputs = ops.map((op) =>
            doc(op.out ? 'CK' : 'RK', withIt.item.id, op.qty * 1000, `2026-11-${op.day}`, op.price),
          )
          const ids: (number | null)[] = []
          for (const input of inputs) ids.push((await post(withIt.admin, input).catch(() => null))?.id ?? null)
          // The ledger without the target: the other postings that went through, posted in ledger order
          // (business date, then posting order), so each lands at the end and is refused exactly when
          // that ledger would go below zero there.
          const others = inputs
            .map((input, index) => ({ input, index }))
            .filter(({ index }) => index !== target && ids[index] !== null)
            .sort((a, b) => a.input.businessDate.localeCompare(b.input.businessDate) || a.index - b.index)
          let possibleWithout = true
          for (const { input } of others) {
            const again = await post(without.admin, { ...input, requestId: crypto.randomUUID() }).catch(() => null)
            possibleWithout &&= again !== null
          }
          const id = ids[target]
          if (id === null) return // the chosen document was itself refused
          const reversed = await withIt.admin('stock.reverse', { id, requestId: crypto.randomUUID() }).then(
            () => true,
            (error: { code: string }) => (expect(error.code).toBe('INSUFFICIENT_STOCK'), false),
          )
          // A reversal goes through exactly when the ledger could have done without the document.
          expect(reversed).toBe(possibleWithout)
          expect(verifyLedger(withIt.app.core.db)).toEqual([])
          if (reversed) expect(ledgerState(withIt.app)).toEqual(ledgerState(without.app))
        },
      ),
      bounded(20),
    )
  })
})
