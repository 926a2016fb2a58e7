import type { FormItemRule, FormRules } from 'naive-ui'
import { inputs } from '@shared/contract'
import { checkBarcode } from '@shared/barcode'
import { parsePrice, parseQuantity } from '@shared/money'
import type { PackUnitRow, StockLimitRow } from './item-form-rows'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** What the rules read from the form besides the value they check. */
export interface RuleModel {
  unit: string | null
  unitDecimals: number
  barcodes: string[]
  packUnits: PackUnitRow[]
  stockLimits: StockLimitRow[]
}

const ok = true as const

/**
 * The first problem of a barcode list: format, a repeat (also against the item's other lists), or a wrong
 * GTIN check digit, which names the digit expected.
 */
function barcodeListError(t: Translate, codes: readonly string[], elsewhere: ReadonlySet<string>): Error | true {
  const seen = new Set<string>()
  for (const code of codes) {
    if (!inputs.barcode.safeParse(code).success) return new Error(t('items.rules.barcode', { code }))
    if (seen.has(code) || elsewhere.has(code)) return new Error(t('items.rules.barcodeDuplicate', { code }))
    const check = checkBarcode(code)
    if (!check.ok) return new Error(t('items.rules.barcodeCheck', { code, expected: check.expected }))
    seen.add(code)
  }
  return ok
}

/** Every barcode of the item except those of one list (the base list is -1, a pack its index). */
function otherBarcodes(model: RuleModel, except: number): Set<string> {
  const lists = [model.barcodes, ...model.packUnits.map((pack) => pack.barcodes)]
  return new Set(lists.filter((_list, index) => index - 1 !== except).flat())
}

/** Rules of the item drawer's fields and, per row index, of its pack-unit and stock-limit rows. */
export function itemFormRules(t: Translate, model: RuleModel, isEditing: () => boolean) {
  const required = (message: string): FormItemRule => ({
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string) => value.trim() !== '' || new Error(message),
  })

  /** A quantity of the base unit as typed: empty only where `allowEmpty`, zero only where `allowZero`. */
  function quantityError(text: string, field: string, allowEmpty: boolean, allowZero: boolean): Error | true {
    if (text.trim() === '') return allowEmpty || new Error(t('items.rules.quantityRequired', { field }))
    const qty = parseQuantity(text, model.unitDecimals)
    if (qty === null) {
      if (parseQuantity(text, 3) === null) return new Error(t('items.rules.quantityFormat', { field }))
      return model.unitDecimals === 0
        ? new Error(t('items.rules.wholeOnly', { unit: model.unit ?? '' }))
        : new Error(t('items.rules.maxDecimals', { unit: model.unit ?? '', n: model.unitDecimals }))
    }
    if (qty < 0) return new Error(t('items.rules.quantityNegative', { field }))
    if (qty === 0 && !allowZero) return new Error(t('items.rules.quantityPositive', { field }))
    return ok
  }

  const rules: FormRules = {
    code: {
      trigger: 'blur',
      // A new item may leave the code empty: the core numbers it by the configured rule.
      validator: (_rule, value: string) => {
        const code = value.trim()
        if (code === '') return !isEditing() || new Error(t('items.rules.code'))
        return inputs.itemFields.shape.code.safeParse(code).success || new Error(t('items.rules.code'))
      },
    },
    name: required(t('items.rules.name')),
    unit: {
      required: true,
      trigger: ['change', 'blur'],
      validator: (_rule, value: string | null) => (value ?? '').trim() !== '' || new Error(t('items.rules.unit')),
    },
    refPrice: {
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => {
        if (value.trim() === '') return true
        const price = parsePrice(value)
        return (price !== null && price >= 0) || new Error(t('items.rules.price'))
      },
    },
    barcodes: {
      trigger: 'change',
      validator: (_rule, value: string[]) => barcodeListError(t, value, otherBarcodes(model, -1)),
    },
  }

  const packRules = {
    name: (index: number): FormItemRule => ({
      required: true,
      trigger: ['change', 'blur'],
      validator: (_rule, value: string | null) => {
        if (!value) return new Error(t('items.rules.packName'))
        if (value === model.unit) return new Error(t('items.rules.packSameAsBase'))
        const first = model.packUnits.findIndex((pack) => pack.name === value)
        return first === index || new Error(t('items.rules.packDuplicate', { name: value }))
      },
    }),
    ratio: (): FormItemRule => ({
      required: true,
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => quantityError(value, t('items.pack.ratio'), false, false),
    }),
    barcodes: (index: number): FormItemRule => ({
      trigger: 'change',
      validator: (_rule, value: string[]) => barcodeListError(t, value, otherBarcodes(model, index)),
    }),
  }

  const limitRules = {
    warehouse: (index: number): FormItemRule => ({
      required: true,
      trigger: ['change', 'blur'],
      validator: (_rule, value: number | null) => {
        if (value === null) return new Error(t('items.rules.limitWarehouse'))
        const first = model.stockLimits.findIndex((limit) => limit.warehouseId === value)
        return first === index || new Error(t('items.rules.limitDuplicate'))
      },
    }),
    min: (): FormItemRule => ({
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => quantityError(value, t('items.limit.min'), true, true),
    }),
    max: (index: number): FormItemRule => ({
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => {
        const problem = quantityError(value, t('items.limit.max'), true, true)
        if (problem !== true || value.trim() === '') return problem
        const min = parseQuantity(model.stockLimits[index]?.min || '0', model.unitDecimals)
        const max = parseQuantity(value, model.unitDecimals)
        return min === null || max === null || max >= min || new Error(t('items.rules.maxBelowMin'))
      },
    }),
  }

  return { rules, packRules, limitRules }
}
