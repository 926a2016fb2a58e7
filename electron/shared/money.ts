/**
 * Exact arithmetic for quantities and money. Nothing here touches binary floating point:
 * user text is parsed digit by digit, products go through BigInt, and every rounding is
 * half away from zero (四舍五入) in `divideRounded`.
 *
 * Units of account (see docs/ledger.md):
 * - quantity: integer thousandths of the base unit (`qtyMilli`)
 * - unit price: integer 1/10000 元 (`priceE4`)
 * - amount: integer 分 (`fen`)
 */

import { ApiError } from './errors'

/** Largest single quantity, price or amount an input may carry, well inside Number.MAX_SAFE_INTEGER. */
export const MAX_EXACT = 1_000_000_000_000_000

/**
 * Every computed amount, total and balance (and quantity sum) stays within 2^53 − 1, where a JS number
 * is still an exact integer. Beyond it a computation is refused, never rounded (docs/ledger.md).
 */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER

const RANGE_WHAT = {
  amount: { zh: '金额', en: 'amount', scale: 2, unit: ' 元' },
  quantity: { zh: '数量', en: 'quantity', scale: 3, unit: '' },
  price: { zh: '单价', en: 'unit price', scale: 4, unit: ' 元' },
} as const
export type RangeOf = keyof typeof RANGE_WHAT

/** The BAD_INPUT refusal of a value beyond the exact range, e.g. 金额超出可精确计算的范围（最大 90,071,992,547,409.91 元）. */
export function outOfRange(what: RangeOf = 'amount'): ApiError {
  const { zh, en, scale, unit } = RANGE_WHAT[what]
  const max = formatScaled(MAX_SAFE, scale) + unit
  return new ApiError('BAD_INPUT', {
    zh: `${zh}超出可精确计算的范围（最大 ${max}）`,
    en: `The ${en} is beyond the range that can be computed exactly (at most ${max.replace('元', 'yuan')})`,
  })
}

/** A BigInt or a number as an exact JS integer; throws `outOfRange` beyond ±(2^53 − 1). */
export function exact(value: bigint | number, what: RangeOf = 'amount'): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw outOfRange(what)
  return n
}

/** a + b of exact integers, refused beyond the exact range (one float add stays exact up to 2^53). */
export const safeAdd = (a: number, b: number, what: RangeOf = 'amount'): number => exact(a + b, what)

/** The exact sum of a list, refused as soon as a partial sum leaves the range. */
export const safeSum = (values: Iterable<number>, what: RangeOf = 'amount'): number => {
  let total = 0
  for (const value of values) total = safeAdd(total, value, what)
  return total
}

/** a × b through BigInt, refused beyond the exact range. */
export const safeMul = (a: number, b: number, what: RangeOf = 'amount'): number => exact(BigInt(a) * BigInt(b), what)

/** Integer division of BigInts, rounding half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero')
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const rounded = (n % d) * 2n >= d ? n / d + 1n : n / d
  return negative ? -rounded : rounded
}

/** The line amount in 分, round(qtyMilli × priceE4 / 100000), or null beyond the exact range (no throw). */
export function lineAmountOrNull(qtyMilli: number, priceE4: number): number | null {
  const amount = Number(divideRounded(BigInt(qtyMilli) * BigInt(priceE4), 100_000n))
  return Number.isSafeInteger(amount) ? amount : null
}

/** For an input schema: a line's quantity × price gives an amount inside the exact range. */
export const lineAmountInRange = (line: { qtyMilli: number; priceE4: number }): boolean =>
  lineAmountOrNull(line.qtyMilli, line.priceE4) !== null

/** Line amount in 分: round(qtyMilli × priceE4 / 100000); refused beyond the exact range. */
export function lineAmountFen(qtyMilli: number, priceE4: number): number {
  const amount = lineAmountOrNull(qtyMilli, priceE4)
  if (amount === null) throw outOfRange()
  return amount
}

/**
 * The average price per base unit (1/10000 元) of a value over a quantity: round(fen × 10⁵ / qtyMilli).
 * No average exists at zero or negative quantity (below zero the value is 0): null.
 */
export function averagePriceE4(valueFen: number, qtyMilli: number): number | null {
  return qtyMilli <= 0 ? null : exact(divideRounded(BigInt(valueFen) * 100_000n, BigInt(qtyMilli)), 'price')
}

/** round(value × part / whole), for taking value out at the moving average. */
export function proportionalFen(valueFen: number, part: number, whole: number): number {
  return exact(divideRounded(BigInt(valueFen) * BigInt(part), BigInt(whole)))
}

/**
 * Parse a decimal string into an integer of `scale` decimals, e.g. ("12.5", 3) → 12500.
 * Returns null when the text is not a plain decimal or has more than `maxDecimals` decimals.
 */
export function parseScaled(text: string, scale: number, maxDecimals = scale): number | null {
  const match = /^\s*(-?)(\d+)(?:\.(\d*))?\s*$/.exec(text.replace(/,/g, ''))
  if (!match) return null
  const [, sign, whole, fraction = ''] = match
  const trimmed = fraction.replace(/0+$/, '')
  if (trimmed.length > maxDecimals) return null
  const digits = whole + fraction.padEnd(scale, '0').slice(0, scale)
  const value = Number(BigInt(digits))
  if (!Number.isSafeInteger(value) || value > MAX_EXACT) return null
  return sign === '-' ? -value : value
}

/** Format an integer of `scale` decimals, showing at least `minDecimals` and trimming zeros beyond. */
export function formatScaled(value: number, scale: number, minDecimals = 0): string {
  const negative = value < 0
  const digits = String(Math.abs(value)).padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  let fraction = digits.slice(digits.length - scale)
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return (negative ? '-' : '') + grouped + (fraction ? '.' + fraction : '')
}

/** Quantity text in the unit's precision: 0 decimals for 个, up to 3 for kg. */
export function parseQuantity(text: string, unitDecimals: number): number | null {
  return parseScaled(text, 3, unitDecimals)
}

export function formatQuantity(qtyMilli: number): string {
  return formatScaled(qtyMilli, 3)
}

/** Unit price text (元, up to 4 decimals) → priceE4. */
export function parsePrice(text: string): number | null {
  return parseScaled(text, 4)
}

export function formatPrice(priceE4: number): string {
  return formatScaled(priceE4, 4, 2)
}

/** 分 → "1,234.50" */
export function formatFen(fen: number): string {
  return formatScaled(fen, 2, 2)
}

export function parseFen(text: string): number | null {
  return parseScaled(text, 2)
}
