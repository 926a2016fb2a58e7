/**
 * 验收 with an order line listed more than once: the entries are merged into one receipt line, and the
 * over-receipt tolerance is checked against their sum plus what the line received before.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { count, errorOf, makeApp, setupAdmin, userClient } from './helpers'
import { bounded } from './property'

async function setup() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  const buyer = await userClient(app, admin, 'buyer', 'purchaser')
  const boss = await userClient(app, admin, 'boss', 'approver')
  const keeper = await userClient(app, admin, 'keeper', 'storekeeper')
  const supplier = await admin('suppliers.create', { code: 'S01', name: '晨光文具有限公司' })
  const pen = await admin('items.create', {
    code: 'BG2',
    name: '中性笔',
    unit: '支',
    packUnits: [{ name: '盒', qtyMilli: 12_000, barcodes: [] }],
  })
  const tolerance = (pct: number) =>
    admin('purchase.updateSettings', {
      approvalThresholdFen: 0,
      secondApprovalThresholdFen: null,
      overReceiptTolerancePct: pct,
    })
  /** An approved order for `boxes` boxes of 12 pens at 18.01 a box, so that pens' amounts round. */
  const penOrder = async (boxes: number) => {
    const po = await buyer('orders.create', {
      requestId: crypto.randomUUID(),
      supplierId: supplier.id,
      warehouseId: 1,
      lines: [{ itemId: pen.id, packName: '盒', qtyMilli: boxes * 1000, priceE4: 180_100 }],
    })
    await buyer('orders.submit', { id: po.id })
    return boss('orders.approve', { id: po.id })
  }
  return { app, admin, boss, keeper, tolerance, penOrder }
}

type Entry = { lineNo: number; acceptedMilli: number; rejectedMilli?: number; rejectReason?: string }
const receive = (client: Client, id: number, lines: Entry[]) =>
  client('orders.receive', { requestId: crypto.randomUUID(), id, lines })

describe('receiving: an order line listed more than once', () => {
  it('refuses 10 + 10 against 10 ordered at 0 % and writes nothing', async () => {
    const s = await setup()
    await s.tolerance(0)
    const po = await s.penOrder(1) // 12 pens
    const before = ['documents', 'document_lines', 'po_rejections', 'stock_movements'].map((t) => count(s.app, t))
    const error = await errorOf(
      receive(s.keeper, po.id, [
        { lineNo: 1, acceptedMilli: 12_000 },
        { lineNo: 1, acceptedMilli: 12_000 },
      ]),
    )
    expect(error).toMatchObject({ code: 'FORBIDDEN' })
    expect(error.text.zh).toContain('第 1 行「中性笔」订购 12支，已收 0，本次 24：超过允许的 0% 超收')
    expect(['documents', 'document_lines', 'po_rejections', 'stock_movements'].map((t) => count(s.app, t))).toEqual(
      before,
    )
    expect((await s.keeper('orders.get', { id: po.id })).lines[0]).toMatchObject({ receivedMilli: 0 })
  })

  it('counts what was received before: 8 received, then 2 + 2 of 12 at 0 % is refused, 2 + 2 at 10 % too', async () => {
    const s = await setup()
    await s.tolerance(0)
    const po = await s.penOrder(1)
    await receive(s.keeper, po.id, [{ lineNo: 1, acceptedMilli: 8_000 }])
    const twice = [
      { lineNo: 1, acceptedMilli: 3_000 },
      { lineNo: 1, acceptedMilli: 2_000 },
    ]
    await expect(receive(s.keeper, po.id, twice)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await s.tolerance(10) // 13.2 → 13 pens in all
    expect((await receive(s.keeper, po.id, twice)).order.lines[0]).toMatchObject({ receivedMilli: 13_000 })
  })

  it('merges entries within the tolerance into one receipt line, valued once, rejections kept by reason', async () => {
    const s = await setup()
    await s.tolerance(0)
    const po = await s.penOrder(1)
    const result = await receive(s.keeper, po.id, [
      { lineNo: 1, acceptedMilli: 5_000, rejectedMilli: 1_000, rejectReason: '笔芯漏墨' },
      { lineNo: 1, acceptedMilli: 6_000, rejectedMilli: 1_000, rejectReason: '笔芯漏墨' },
      { lineNo: 1, acceptedMilli: 0, rejectedMilli: 1_000, rejectReason: '外壳破损' },
    ])
    expect(result.order.lines[0]).toMatchObject({ receivedMilli: 11_000, rejectedMilli: 3_000 })
    const receipt = await s.keeper('stock.get', { id: result.receiptId })
    // 11 pens × 18.01 / 12 = 16.509 → 16.51, on one line.
    expect(receipt.lines.map((l) => [l.qtyMilli, l.amountFen])).toEqual([[11_000, 1_651]])
    const rejections = s.app.core.db
      .prepare('SELECT qty_milli AS qty, reason FROM po_rejections WHERE document_id = ? ORDER BY rowid')
      .all(result.receiptId)
    expect(rejections).toEqual([
      { qty: 2_000, reason: '笔芯漏墨' },
      { qty: 1_000, reason: '外壳破损' },
    ])
    expect(verifyLedger(s.app.core.db)).toEqual([])
  })

  it('gives the same outcome for any split of the accepted quantity as for the single summed entry (property)', async () => {
    const s = await setup()
    const outcome = async (id: number, lines: Entry[]) => {
      try {
        const result = await receive(s.keeper, id, lines)
        const receipt = await s.keeper('stock.get', { id: result.receiptId })
        return {
          status: result.order.status,
          line: result.order.lines[0].receivedMilli,
          receipt: receipt.lines.map((l) => [l.qtyMilli, l.priceE4, l.amountFen]),
        }
      } catch (e) {
        return { error: (e as { code?: string }).code ?? String(e) }
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 20 }), // tolerance %
        fc.integer({ min: 1, max: 3 }), // boxes ordered
        fc.integer({ min: 0, max: 40 }), // pens received before (by an approver, who may over-receive)
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }), // pens per entry
        async (pct, boxes, before, split) => {
          const [a, b] = [await s.penOrder(boxes), await s.penOrder(boxes)]
          if (before > 0) {
            for (const po of [a, b]) await receive(s.boss, po.id, [{ lineNo: 1, acceptedMilli: before * 1000 }])
          }
          await s.tolerance(pct)
          const sum = split.reduce((x, y) => x + y, 0)
          const single = await outcome(b.id, [{ lineNo: 1, acceptedMilli: sum * 1000 }])
          const parts = await outcome(
            a.id,
            split.map((pens) => ({ lineNo: 1, acceptedMilli: pens * 1000 })),
          )
          expect(parts).toEqual(single)
        },
      ),
      bounded(12),
    )
    expect(verifyLedger(s.app.core.db)).toEqual([])
  }, 30_000)
})
