import type { FormItemRule } from 'naive-ui'
import type { Input, Supplier } from '@shared/contract'
import { parsePrice, parseQuantity } from '@shared/money'
import { priceInputText, quantityInputText } from '@/utils/quantity'

type Translate = (key: string, named?: Record<string, unknown>) => string
type SuppliedItemInput = NonNullable<Input<'suppliers.create'>['items']>[number]

/** An item this supplier supplies, as edited: price and minimum order as typed, parsed exactly on save. */
export interface SuppliedItemRow {
  itemId: number | null
  /** 「编码 名称」 of the item, labelling the select before any search. */
  itemLabel: string
  unit: string
  /** The item's quantity decimals; 3 (anything the core takes) until the item is picked here. */
  unitDecimals: number
  supplierItemCode: string
  /** Last price in 元, as typed. */
  price: string
  leadDays: number | null
  /** Minimum order in the item's base unit, as typed. */
  minOrder: string
}

export const blankSuppliedItem = (): SuppliedItemRow => ({
  itemId: null,
  itemLabel: '',
  unit: '',
  unitDecimals: 3,
  supplierItemCode: '',
  price: '',
  leadDays: null,
  minOrder: '',
})

export function suppliedItemRows(supplier: Supplier): SuppliedItemRow[] {
  return supplier.items.map((item) => ({
    itemId: item.itemId,
    itemLabel: `${item.itemCode} ${item.itemName}`,
    unit: item.unit,
    unitDecimals: 3,
    supplierItemCode: item.supplierItemCode,
    price: item.lastPriceE4 === null ? '' : priceInputText(item.lastPriceE4) || '0',
    leadDays: item.leadDays,
    minOrder: item.minOrderMilli === null ? '' : quantityInputText(item.minOrderMilli),
  }))
}

/** The rows as suppliers.create takes them; only called once the form has checked every row. */
export function suppliedItemInputs(rows: readonly SuppliedItemRow[]): SuppliedItemInput[] {
  return rows.map((row) => ({
    itemId: row.itemId ?? 0,
    supplierItemCode: row.supplierItemCode.trim(),
    lastPriceE4: row.price.trim() === '' ? null : parsePrice(row.price),
    leadDays: row.leadDays,
    minOrderMilli: row.minOrder.trim() === '' ? null : parseQuantity(row.minOrder, row.unitDecimals),
  }))
}

/** Rules of a supplied-item row, by its index in `rows`. */
export function suppliedItemRules(t: Translate, rows: () => readonly SuppliedItemRow[]) {
  return {
    item: (index: number): FormItemRule => ({
      required: true,
      trigger: ['change', 'blur'],
      validator: (_rule, value: number | null) => {
        if (value === null) return new Error(t('suppliers.rules.itemRequired'))
        const first = rows().findIndex((row) => row.itemId === value)
        return first === index || new Error(t('suppliers.rules.itemDuplicate'))
      },
    }),
    price: (): FormItemRule => ({
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => {
        if (value.trim() === '') return true
        const price = parsePrice(value)
        return (price !== null && price >= 0) || new Error(t('suppliers.rules.itemPrice'))
      },
    }),
    minOrder: (index: number): FormItemRule => ({
      trigger: ['input', 'blur'],
      validator: (_rule, value: string) => {
        if (value.trim() === '') return true
        const row = rows()[index]
        const decimals = row?.unitDecimals ?? 3
        const qty = parseQuantity(value, decimals)
        if (qty !== null) return qty >= 0 || new Error(t('suppliers.rules.itemMinOrder'))
        if (parseQuantity(value, 3) === null) return new Error(t('suppliers.rules.itemMinOrder'))
        const unit = row?.unit ?? ''
        return decimals === 0
          ? new Error(t('suppliers.rules.itemMinWhole', { unit }))
          : new Error(t('suppliers.rules.itemMinDecimals', { unit, n: decimals }))
      },
    }),
  }
}
