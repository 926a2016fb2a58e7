import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'naive-ui'
import type { Supplier } from '@shared/contract'
import {
  blankSuppliedItem,
  suppliedItemInputs,
  suppliedItemRows,
  suppliedItemRules,
  type SuppliedItemRow,
} from '@/views/suppliers/modules/supplied-items'

const t = (key: string) => key
const check = (rule: FormItemRule, value: unknown): true | string => {
  const result = rule.validator?.(rule, value, () => undefined, {}, {})
  return result instanceof Error ? result.message : true
}

describe('supplied items', () => {
  const supplier = {
    items: [
      {
        itemId: 7,
        itemCode: 'WZ001',
        itemName: 'A4复印纸',
        unit: '包',
        supplierItemCode: 'CG-1',
        lastPriceE4: 238_000,
        leadDays: 3,
        minOrderMilli: 10_000,
      },
      {
        itemId: 8,
        itemCode: 'WZ002',
        itemName: '洗手液',
        unit: '瓶',
        supplierItemCode: '',
        lastPriceE4: null,
        leadDays: null,
        minOrderMilli: null,
      },
    ],
  } as Pick<Supplier, 'items'> as Supplier

  it('edits price and minimum order as text and sends exactly the contract fields back', () => {
    const rows = suppliedItemRows(supplier)
    expect(rows[0]).toMatchObject({ itemLabel: 'WZ001 A4复印纸', price: '23.80', minOrder: '10' })
    expect(suppliedItemInputs(rows)).toEqual([
      { itemId: 7, supplierItemCode: 'CG-1', lastPriceE4: 238_000, leadDays: 3, minOrderMilli: 10_000 },
      { itemId: 8, supplierItemCode: '', lastPriceE4: null, leadDays: null, minOrderMilli: null },
    ])
  })

  it('parses a typed price exactly, never through a float', () => {
    const row: SuppliedItemRow = { ...blankSuppliedItem(), itemId: 1, price: '0.1', minOrder: '0.3' }
    expect(suppliedItemInputs([row])[0]).toMatchObject({ lastPriceE4: 1_000, minOrderMilli: 300 })
  })

  it('needs an item once, a price of at most 4 decimals and a minimum order in the unit decimals', () => {
    const rows: SuppliedItemRow[] = [
      { ...blankSuppliedItem(), itemId: 1, unit: '卷', unitDecimals: 0 },
      { ...blankSuppliedItem(), itemId: 1 },
    ]
    const rules = suppliedItemRules(t, () => rows)
    expect(check(rules.item(0), null)).toBe('suppliers.rules.itemRequired')
    expect(check(rules.item(1), 1)).toBe('suppliers.rules.itemDuplicate')
    expect(check(rules.price(), '1.23456')).toBe('suppliers.rules.itemPrice')
    expect(check(rules.price(), '12.5')).toBe(true)
    expect(check(rules.minOrder(0), '2.5')).toBe('suppliers.rules.itemMinWhole')
    expect(check(rules.minOrder(1), '2.5')).toBe(true)
    expect(check(rules.minOrder(1), 'x')).toBe('suppliers.rules.itemMinOrder')
  })
})
