/**
 * The amount rules live once, in electron/shared (rules/, money.ts): unit cases of each. That the
 * screens show what the core books is tests/core/screens/figures.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { averagePriceE4 } from '../../electron/shared/money'
import { basePriceE4, convertPriceE4, receiptAmountFen, shownUnitPriceE4 } from '../../electron/shared/rules/amounts'
import { overReceipt, overReceiptLimitMilli } from '../../electron/shared/rules/receipt'

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
