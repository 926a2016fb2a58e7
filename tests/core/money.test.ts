import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  divideRounded,
  formatFen,
  formatQuantity,
  lineAmountFen,
  parsePrice,
  parseQuantity,
  proportionalFen,
} from '../../electron/shared/money'
import { bounded } from './property'

describe('rounding', () => {
  it('rounds half away from zero (四舍五入)', () => {
    expect(divideRounded(5n, 2n)).toBe(3n)
    expect(divideRounded(-5n, 2n)).toBe(-3n)
    expect(divideRounded(4n, 3n)).toBe(1n)
    expect(divideRounded(-4n, 3n)).toBe(-1n)
    expect(divideRounded(7n, -2n)).toBe(-4n)
  })

  it('is within half a unit of the exact quotient, and symmetric in sign', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (n, d) => {
          const q = divideRounded(n, d)
          // |n − q·d| ≤ d/2, with ties resolved away from zero
          const remainder = n - q * d
          expect(2n * (remainder < 0n ? -remainder : remainder) <= d).toBe(true)
          expect(divideRounded(-n, d)).toBe(-q)
        },
      ),
      bounded(500),
    )
  })
})

describe('line amounts', () => {
  it('computes 分 from thousandths × ten-thousandths exactly', () => {
    expect(lineAmountFen(12_000, 245_000)).toBe(29_400) // 12 包 × 24.50 = 294.00
    expect(lineAmountFen(1_500, 33_333)).toBe(500) // 1.5 kg × 3.3333 = 4.99995 → 5.00
    expect(lineAmountFen(1, 1)).toBe(0)
  })

  it('matches a BigInt reference even where the product passes 2^53, and refuses an amount beyond it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 10 }), (qty, price) => {
        const exact = BigInt(qty) * BigInt(price)
        const floor = exact / 100_000n
        const expected = (exact % 100_000n) * 2n >= 100_000n ? floor + 1n : floor
        if (expected <= BigInt(Number.MAX_SAFE_INTEGER)) expect(lineAmountFen(qty, price)).toBe(Number(expected))
        else expect(() => lineAmountFen(qty, price)).toThrow(/beyond the range/)
      }),
      bounded(500),
    )
  })

  it('takes proportional value out like the moving average', () => {
    expect(proportionalFen(1000, 1, 3)).toBe(333)
    expect(proportionalFen(1000, 2, 3)).toBe(667)
  })
})

describe('parsing and formatting', () => {
  it('parses quantities within the unit precision only', () => {
    expect(parseQuantity('12', 0)).toBe(12_000)
    expect(parseQuantity('1.5', 0)).toBeNull() // 1.5 个 is refused
    expect(parseQuantity('1.234', 3)).toBe(1_234)
    expect(parseQuantity('1.2345', 3)).toBeNull()
    expect(parseQuantity('1,000', 0)).toBe(1_000_000)
    expect(parseQuantity('abc', 0)).toBeNull()
    expect(parseQuantity('1e3', 0)).toBeNull()
  })

  it('parses prices to 1/10000 元 without floating point', () => {
    expect(parsePrice('24.5')).toBe(245_000)
    expect(parsePrice('0.1')).toBe(1_000)
    expect(parsePrice('3.33335')).toBeNull()
  })

  it('round-trips formatted values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        expect(parsePrice(formatFen(fen))).toBe(fen * 100)
        expect(parseQuantity(formatQuantity(fen), 3)).toBe(fen)
      }),
      bounded(500),
    )
    expect(formatFen(123_456_789)).toBe('1,234,567.89')
    expect(formatQuantity(1_500)).toBe('1.5')
    expect(formatQuantity(-2_000)).toBe('-2')
  })
})
