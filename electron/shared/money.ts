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

/** Largest quantity or amount we accept, well inside Number.MAX_SAFE_INTEGER. */
export const MAX_EXACT = 1_000_000_000_000_000

/** Integer division of BigInts, rounding half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero')
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const rounded = (n % d) * 2n >= d ? n / d + 1n : n / d
  return negative ? -rounded : rounded
}

/** Line amount in 分: round(qtyMilli × priceE4 / 100000). */
export function lineAmountFen(qtyMilli: number, priceE4: number): number {
  return Number(divideRounded(BigInt(qtyMilli) * BigInt(priceE4), 100_000n))
}

/**
 * The average price per base unit (1/10000 元) of a value over a quantity: round(fen × 10⁵ / qtyMilli).
 * No average exists at zero or negative quantity (below zero the value is 0): null.
 */
export function averagePriceE4(valueFen: number, qtyMilli: number): number | null {
  return qtyMilli <= 0 ? null : Number(divideRounded(BigInt(valueFen) * 100_000n, BigInt(qtyMilli)))
}

/** round(value × part / whole), for taking value out at the moving average. */
export function proportionalFen(valueFen: number, part: number, whole: number): number {
  return Number(divideRounded(BigInt(valueFen) * BigInt(part), BigInt(whole)))
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
