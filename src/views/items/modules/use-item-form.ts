import { reactive } from 'vue'
import type { FormItemRule, FormRules } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { inputs, type Input, type Item } from '@shared/contract'
import { checkBarcode } from '@shared/barcode'
import { parsePrice } from '@shared/money'
import { priceInputText } from '@/utils/quantity'

export interface ItemFormModel {
  code: string
  name: string
  spec: string
  unit: string
  unitDecimals: number
  /** The reference price as typed, in 元; parsed exactly with parsePrice, never through a float. */
  refPrice: string
  barcodes: string[]
  active: boolean
}

const blank = (): ItemFormModel => ({
  code: '',
  name: '',
  spec: '',
  unit: '',
  unitDecimals: 0,
  refPrice: '',
  barcodes: [],
  active: true,
})

/** The fields this form does not show; an update sends them back unchanged (items.update replaces all). */
type KeptFields = Pick<
  Item,
  'packUnits' | 'categoryId' | 'stockLimits' | 'defaultSupplierId' | 'defaultLocationId' | 'notes'
>

function keptFields(item: Item): KeptFields {
  return {
    packUnits: item.packUnits.map((pack) => ({
      name: pack.name,
      qtyMilli: pack.qtyMilli,
      barcodes: [...pack.barcodes],
    })),
    categoryId: item.categoryId,
    stockLimits: item.stockLimits.map((limit) => ({ ...limit })),
    defaultSupplierId: item.defaultSupplierId,
    defaultLocationId: item.defaultLocationId,
    notes: item.notes,
  }
}

/** Form state and rules of the item drawer; `toInput` gives what items.create / items.update take. */
export function useItemForm() {
  const { t } = useI18n()
  const model = reactive<ItemFormModel>(blank())
  let kept: KeptFields | null = null
  let editing = false

  function reset(item?: Item): void {
    kept = item ? keptFields(item) : null
    editing = item !== undefined
    Object.assign(
      model,
      item
        ? {
            code: item.code,
            name: item.name,
            spec: item.spec,
            unit: item.unit,
            unitDecimals: item.unitDecimals,
            refPrice: priceInputText(item.refPriceE4),
            barcodes: [...item.barcodes],
            active: item.active,
          }
        : blank(),
    )
  }

  const required = (message: string): FormItemRule => ({
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string) => value.trim() !== '' || new Error(message),
  })

  const rules: FormRules = {
    code: {
      trigger: 'blur',
      // A new item may leave the code empty: the core numbers it by the configured rule.
      validator: (_rule, value: string) => {
        const code = value.trim()
        if (code === '') return !editing || new Error(t('items.rules.code'))
        return inputs.itemFields.shape.code.safeParse(code).success || new Error(t('items.rules.code'))
      },
    },
    name: required(t('items.rules.name')),
    unit: required(t('items.rules.unit')),
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
      validator: (_rule, value: string[]) => {
        const seen = new Set<string>()
        for (const code of value) {
          if (!inputs.barcode.safeParse(code).success) return new Error(t('items.rules.barcode', { code }))
          if (seen.has(code)) return new Error(t('items.rules.barcodeDuplicate', { code }))
          const check = checkBarcode(code)
          if (!check.ok) return new Error(t('items.rules.barcodeCheck', { code, expected: check.expected }))
          seen.add(code)
        }
        return true
      },
    },
  }

  function toInput(): Input<'items.create'> {
    return {
      ...kept,
      code: model.code.trim(),
      name: model.name.trim(),
      spec: model.spec.trim(),
      unit: model.unit.trim(),
      unitDecimals: model.unitDecimals,
      refPriceE4: model.refPrice.trim() === '' ? 0 : (parsePrice(model.refPrice) ?? 0),
      barcodes: model.barcodes.map((code) => code.trim()),
    }
  }

  return { model, rules, reset, toInput }
}
