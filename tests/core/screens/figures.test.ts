/**
 * What the screens show is what the core posts: the renderer's own pure screen logic (which calls the
 * rules of electron/shared) against the real core on SQLite, through the router, for random figures.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPrice, formatQuantity } from '../../../electron/shared/money'
import { orderLineState, type OrderLineDraft } from '../../../src/views/order-editor/modules/order-lines'
import { receiveTotals, rowsOf } from '../../../src/views/receiving/modules/receive-logic'
import { stateOf } from '../../../src/views/stock-document-editor/modules/use-editor-lines'
import { makeApp, setupAdmin } from '../helpers'
import { bounded } from '../property'

/** Priced at or near the extremes the screens accept: up to 9 999 999.9999 元 and 1 000 000 units. */
const priceE4 = fc.integer({ min: 0, max: 99_999_999_999 })
const qtyMilli = fc.integer({ min: 1, max: 1_000_000_000 })

describe('what the screens show is what the core posts', { timeout: 240_000 }, () => {
  it('stock-in: the editor line amount equals the posted line amount and total', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    let n = 0
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(qtyMilli, priceE4), { minLength: 1, maxLength: 4 }), async (lines) => {
        // An item per run: lines near the extremes would add one item's stock value past 2^53 − 1 分,
        // which the core rightly refuses (tests/core/range.test.ts).
        n += 1
        const item = await admin('items.create', { code: `KG${n}`, name: `面粉${n}`, unit: 'kg', unitDecimals: 3 })
        const shown = lines.map(([qty, price]) => {
          const editorLine = {
            ...{ key: 1, itemId: item.id, itemCode: item.code, itemName: item.name, itemSpec: '', unit: 'kg' },
            ...{ unitDecimals: 3, qtyText: formatQuantity(qty), priceText: formatPrice(price), postedAmountFen: null },
          }
          return stateOf(editorLine, true).amountFen
        })
        const draft = await admin('stock.createDraft', {
          requestId: crypto.randomUUID(),
          docType: 'RK',
          warehouseId: 1,
          businessDate: '2026-11-26',
          lines: lines.map(([qty, price]) => ({ itemId: item.id, qtyMilli: qty, priceE4: price })),
        })
        const posted = await admin('stock.post', { id: draft.id })
        expect(posted.lines.map((line) => line.amountFen)).toEqual(shown)
        expect(posted.totalFen).toBe(shown.reduce<number>((sum, fen) => sum + (fen ?? NaN), 0))
      }),
      bounded(40, 240_000),
    )
  })

  it('purchasing: the order line and the receiving total equal the order and the posted receipt', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    // Every order is approved on submit, so the administrator orders and receives alone.
    await admin('purchase.updateSettings', {
      approvalThresholdFen: 100_000_000_000_000,
      secondApprovalThresholdFen: null,
      overReceiptTolerancePct: 10,
    })
    const supplier = await admin('suppliers.create', { code: 'S1', name: '供应商' })
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 1, max: 150 }),
        async (ratioMilli, packs, price, acceptedPct) => {
          n += 1
          const packUnits = ratioMilli === 1000 ? [] : [{ name: '箱', qtyMilli: ratioMilli, barcodes: [] }]
          const item = await admin('items.create', {
            code: `P${n}`,
            name: `物资${n}`,
            unit: 'kg',
            unitDecimals: 3,
            packUnits,
          })
          const packName = packUnits.length ? '箱' : null
          const draft: OrderLineDraft = {
            ...{ key: 1, itemId: item.id, itemCode: item.code, itemName: item.name, itemSpec: '', unit: 'kg' },
            ...{ unitDecimals: 3, packUnits, refPriceE4: 0, packName, qtyText: String(packs), taxText: '' },
            ...{ priceText: formatPrice(price), priceTouched: true, history: [], saved: null },
          }
          const shownLine = orderLineState(draft).amountFen
          const po = await admin('orders.create', {
            requestId: crypto.randomUUID(),
            supplierId: supplier.id,
            warehouseId: 1,
            lines: [{ itemId: item.id, packName, qtyMilli: packs * 1000, priceE4: price }],
          })
          expect(po.lines[0].amountFen).toBe(shownLine)
          const order = await admin('orders.submit', { id: po.id })
          const accepted = Math.max(1, Math.floor((order.lines[0].baseQtyMilli * acceptedPct) / 100))
          const rows = rowsOf(order).map((row) => ({ ...row, acceptedText: formatQuantity(accepted) }))
          const shown = receiveTotals(rows, 10).amountFen
          const { receiptId } = await admin('orders.receive', {
            requestId: crypto.randomUUID(),
            id: order.id,
            lines: [{ lineNo: 1, acceptedMilli: accepted }],
          })
          expect((await admin('stock.get', { id: receiptId })).totalFen).toBe(shown)
        },
      ),
      bounded(40, 240_000),
    )
  })
})
