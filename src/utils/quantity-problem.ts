import type { QuantityProblem } from './quantity'

type Translate = (key: string, values?: Record<string, unknown>) => string

const KEYS: Record<Exclude<QuantityProblem, 'decimals'>, string> = {
  required: 'purchase.errors.qtyRequired',
  format: 'purchase.errors.qtyFormat',
  positive: 'purchase.errors.qtyPositive',
}

/** What is wrong with a typed quantity, in words: too many decimals names the unit and what it allows. */
export function quantityProblemText(t: Translate, problem: QuantityProblem | null, unit: string, decimals: number) {
  if (problem === null) return ''
  if (problem !== 'decimals') return t(KEYS[problem])
  return decimals === 0
    ? t('purchase.errors.qtyNoDecimals', { unit })
    : t('purchase.errors.qtyDecimals', { unit, n: decimals })
}
