import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Input, Item } from '@shared/contract'
import { parsePrice } from '@shared/money'
import { priceInputText } from '@/utils/quantity'
import { itemFormRules } from './item-form-rules'
import {
  packUnitInputs,
  packUnitRows,
  stockLimitInputs,
  stockLimitRows,
  type PackUnitRow,
  type StockLimitRow,
} from './item-form-rows'

export interface ItemFormModel {
  code: string
  name: string
  spec: string
  /** The base unit, one of units.list; null until chosen. */
  unit: string | null
  unitDecimals: number
  /** The reference price as typed, in 元; parsed exactly with parsePrice, never through a float. */
  refPrice: string
  /** Barcodes of one base unit; a pack's own barcodes are on its row. */
  barcodes: string[]
  categoryId: number | null
  packUnits: PackUnitRow[]
  stockLimits: StockLimitRow[]
  defaultSupplierId: number | null
  defaultLocationId: number | null
  notes: string
  /** 允许负库存: shown to administrators only; others send the item's value back unchanged. */
  allowNegative: boolean
  active: boolean
}

const blank = (): ItemFormModel => ({
  code: '',
  name: '',
  spec: '',
  unit: null,
  unitDecimals: 0,
  refPrice: '',
  barcodes: [],
  categoryId: null,
  packUnits: [],
  stockLimits: [],
  defaultSupplierId: null,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
})

function fromItem(item: Item): ItemFormModel {
  return {
    code: item.code,
    name: item.name,
    spec: item.spec,
    unit: item.unit,
    unitDecimals: item.unitDecimals,
    refPrice: priceInputText(item.refPriceE4),
    barcodes: [...item.barcodes],
    categoryId: item.categoryId,
    packUnits: packUnitRows(item),
    stockLimits: stockLimitRows(item),
    defaultSupplierId: item.defaultSupplierId,
    defaultLocationId: item.defaultLocationId,
    notes: item.notes,
    allowNegative: item.allowNegative,
    active: item.active,
  }
}

/** Form state and rules of the item drawer; `toInput` gives exactly what items.create / items.update take. */
export function useItemForm() {
  const { t } = useI18n()
  const model = reactive<ItemFormModel>(blank())
  let editing = false

  function reset(item?: Item): void {
    editing = item !== undefined
    Object.assign(model, item ? fromItem(item) : blank())
  }

  const { rules, packRules, limitRules } = itemFormRules(t, model, () => editing)

  function toInput(): Input<'items.create'> {
    return {
      code: model.code.trim(),
      name: model.name.trim(),
      spec: model.spec.trim(),
      unit: (model.unit ?? '').trim(),
      unitDecimals: model.unitDecimals,
      refPriceE4: model.refPrice.trim() === '' ? 0 : (parsePrice(model.refPrice) ?? 0),
      barcodes: model.barcodes.map((code) => code.trim()),
      packUnits: packUnitInputs(model.packUnits, model.unitDecimals),
      categoryId: model.categoryId,
      stockLimits: stockLimitInputs(model.stockLimits, model.unitDecimals),
      defaultSupplierId: model.defaultSupplierId,
      defaultLocationId: model.defaultLocationId,
      notes: model.notes.trim(),
      allowNegative: model.allowNegative,
    }
  }

  return { model, rules, packRules, limitRules, reset, toInput }
}
