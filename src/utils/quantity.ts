import { formatPrice, formatQuantity, parseQuantity } from '@shared/money'

/** A quantity as the user would type it back into an input: no thousands separators. */
export function quantityInputText(qtyMilli: number): string {
  return formatQuantity(qtyMilli).replace(/,/g, '')
}

/** A unit price for an input; empty for zero, so the placeholder shows. */
export function priceInputText(priceE4: number): string {
  return priceE4 === 0 ? '' : formatPrice(priceE4).replace(/,/g, '')
}

export type QuantityProblem = 'required' | 'format' | 'positive' | 'decimals'

/**
 * Parses a quantity typed for a unit with `unitDecimals` decimals, telling why it is rejected:
 * too many decimals for the unit is reported apart from text that is not a number at all.
 */
export function checkQuantity(
  text: string,
  unitDecimals: number,
): { qtyMilli: number; problem: null } | { qtyMilli: null; problem: QuantityProblem } {
  if (text.trim() === '') return { qtyMilli: null, problem: 'required' }
  const qtyMilli = parseQuantity(text, unitDecimals)
  if (qtyMilli === null) {
    const problem = parseQuantity(text, 3) === null ? 'format' : 'decimals'
    return { qtyMilli: null, problem }
  }
  if (qtyMilli <= 0) return { qtyMilli: null, problem: 'positive' }
  return { qtyMilli, problem: null }
}
