/**
 * The amount rules live once, in electron/shared: unit cases of each, and property tests that what the
 * screens show (the renderer's own pure screen logic, which calls the same functions) is what the core
 * books — real SQLite, through the router.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averagePriceE4, formatPrice, formatQuantity } from '../../electron/shared/money'
import { basePriceE4, convertPriceE4, receiptAmountFen, shownUnitPriceE4 } from '../../electron/shared/rules/amounts'
import { overReceipt, overReceiptLimitMilli } from '../../electron/shared/rules/receipt'
import { orderLineState, type OrderLineDraft } from '../../src/views/order-editor/modules/order-lines'
import { receiveTotals, rowsOf } from '../../src/views/receiving/modules/receive-logic'
import { stateOf } from '../../src/views/stock-document-editor/modules/use-editor-lines'
import { makeApp, setupAdmin } from './helpers'

describe('average price', () => {
  it('divides value by quantity in exact integers, rounding half away from zero', () => {
    expect(averagePriceE4(100, 10_000)).toBe(1000) // 10 units worth 1.00 元: 0.1000 each
    expect(averagePriceE4(100, 3000)).toBe(3333) // 0.33333… → 0.3333
    expect(averagePriceE4(200, 3000)).toBe(6667) // 0.66666… → 0.6667
    expect(averagePriceE4(1235, 500)).toBe(247_000) // 0.5 kg worth 12.35 元: 24.70 元/kg
  })

  it('has no average at zero or negative quantity', () => {
    expect(averagePriceE4(0, 0)).toBeNull()
    expect(averagePriceE4(0, -2000)).toBeNull()
  })

  it('shows an issue line at its value over its quantity, unsigned; a priced line at its price', () => {
    expect(shownUnitPriceE4({ priceE4: 0, amountFen: -100, qtyMilli: 3000 })).toBe(3333)
    expect(shownUnitPriceE4({ priceE4: 0, amountFen: 200, qtyMilli: -3000 })).toBe(6667)
    expect(shownUnitPriceE4({ priceE4: 15_000, amountFen: 1, qtyMilli: 1 })).toBe(15_000)
    expect(shownUnitPriceE4({ priceE4: 0, amountFen: 0, qtyMilli: 0 })).toBe(0)
  })
})

describe('pack prices and receipt amounts', () => {
  it('converts a price between pack units by their ratios, rounded once', () => {
    expect(convertPriceE4(220_000, 1000, 5000)).toBe(1_100_000)
    expect(basePriceE4(180_000, 12_000)).toBe(15_000) // a box of 12 at 18.00 → 1.50 each
    expect(basePriceE4(10_000, 3000)).toBe(3333)
    expect(basePriceE4(20_000, 3000)).toBe(6667)
  })

  it('values accepted base units at the price per purchase unit: accepted ÷ ratio × price', () => {
    expect(receiptAmountFen(24_000, 180_000, 12_000)).toBe(3_600) // 2 boxes at 18.00
    expect(receiptAmountFen(1000, 180_000, 12_000)).toBe(150) // one of 12: 1.50
    expect(receiptAmountFen(1000, 10_000, 3000)).toBe(33) // 0.333… 元 → 0.33
    expect(receiptAmountFen(2000, 10_000, 3000)).toBe(67) // 0.666… 元 → 0.67
  })
})

describe('over-receipt tolerance', () => {
  const line = { baseQtyMilli: 100_000, receivedMilli: 40_000 }

  it('allows ordered × (100 + tolerance)%, rounded half away from zero', () => {
    expect(overReceiptLimitMilli(100_000, 10)).toBe(110_000)
    expect(overReceiptLimitMilli(5, 10)).toBe(6) // 5.5 → 6
    expect(overReceiptLimitMilli(1000, 0)).toBe(1000)
  })

  it('says none within the order, over within the tolerance, beyond past it', () => {
    expect(overReceipt(line, 60_000, 10)).toBe('none')
    expect(overReceipt(line, 60_001, 10)).toBe('over')
    expect(overReceipt(line, 70_000, 10)).toBe('over')
    expect(overReceipt(line, 70_001, 10)).toBe('beyond')
    expect(overReceipt(line, 60_001, 0)).toBe('beyond')
  })

  it('never calls receiving nothing over, even on a line received beyond its tolerance already', () => {
    expect(overReceipt({ baseQtyMilli: 1000, receivedMilli: 5000 }, 0, 10)).toBe('none')
    expect(overReceipt({ baseQtyMilli: 1000, receivedMilli: 5000 }, 1, 10)).toBe('beyond')
  })
})

/** Priced at or near the extremes the screens accept: up to 9 999 999.9999 元 and 1 000 000 units. */
const priceE4 = fc.integer({ min: 0, max: 99_999_999_999 })
const qtyMilli = fc.integer({ min: 1, max: 1_000_000_000 })

describe('what the screens show is what the core posts', { timeout: 240_000 }, () => {
  it('stock-in: the editor line amount equals the posted line amount and total', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await admin('items.create', { code: 'KG1', name: '面粉', unit: 'kg', unitDecimals: 3 })
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(qtyMilli, priceE4), { minLength: 1, maxLength: 4 }), async (lines) => {
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
      { seed: 20261204, numRuns: 40 },
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
      { seed: 20261205, numRuns: 40 },
    )
  })
})
