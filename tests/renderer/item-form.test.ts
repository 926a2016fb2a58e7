import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'naive-ui'
import type { Category, Item } from '@shared/contract'
import { categoryTreeOptions } from '@/components/tree-options'
import { itemFormRules, type RuleModel } from '@/views/items/modules/item-form-rules'
import { packUnitInputs, packUnitRows, stockLimitInputs, stockLimitRows } from '@/views/items/modules/item-form-rows'

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key} ${JSON.stringify(named)}` : key)

/** A rule's verdict: true, or the message of its error. */
function check(rule: FormItemRule, value: unknown): true | string {
  const result = rule.validator?.(rule, value, () => undefined, {}, {})
  return result instanceof Error ? result.message : true
}

const category = (id: number, name: string, parentId: number | null, active = true): Category => ({
  id,
  name,
  parentId,
  active,
})

describe('categoryTreeOptions', () => {
  const flat = [
    category(3, '纸张', 1),
    category(1, '办公用品', null),
    category(2, '清洁用品', null),
    category(4, '旧分类', 1, false),
    category(5, '笔', 1),
  ]

  it('nests the flat list under parentId, siblings by name, and leaves inactive ones out', () => {
    const tree = categoryTreeOptions(flat, '停用')
    expect(tree.map((node) => node.label)).toEqual(['办公用品', '清洁用品'])
    expect(tree[0].children?.map((node) => node.key)).toEqual([5, 3])
    expect(tree[1].children).toBeUndefined()
  })

  it('keeps the inactive category an item already has, marked and not choosable', () => {
    const kept = categoryTreeOptions(flat, '停用', 4)[0].children?.find((node) => node.key === 4)
    expect(kept).toMatchObject({ label: '旧分类（停用）', disabled: true })
  })
})

describe('item form rows', () => {
  const item = {
    packUnits: [{ name: '箱', qtyMilli: 12_000, barcodes: ['16901234567899'] }],
    stockLimits: [
      { warehouseId: 1, minMilli: 0, maxMilli: null },
      { warehouseId: 2, minMilli: 2_500, maxMilli: 100_000 },
    ],
  } as Pick<Item, 'packUnits' | 'stockLimits'> as Item

  it('shows ratios and limits as text and parses them back exactly', () => {
    const packs = packUnitRows(item)
    expect(packs).toEqual([{ name: '箱', ratio: '12', barcodes: ['16901234567899'] }])
    expect(packUnitInputs(packs, 0)).toEqual(item.packUnits)
    const limits = stockLimitRows(item)
    expect(limits).toEqual([
      { warehouseId: 1, min: '', max: '' },
      { warehouseId: 2, min: '2.5', max: '100' },
    ])
    expect(stockLimitInputs(limits, 3)).toEqual(item.stockLimits)
  })

  it('reads a ratio in the base unit: "0.5" kg is 500 thousandths', () => {
    expect(packUnitInputs([{ name: '袋', ratio: '0.5', barcodes: [] }], 3)[0].qtyMilli).toBe(500)
  })
})

describe('item form rules', () => {
  const model = (): RuleModel => ({
    unit: '包',
    unitDecimals: 0,
    barcodes: ['6901234567892'],
    packUnits: [{ name: '箱', ratio: '12', barcodes: [] }],
    stockLimits: [{ warehouseId: 1, min: '10', max: '' }],
  })

  it('names the expected check digit of a mistyped EAN-13, on the item and on a pack', () => {
    const m = model()
    const { rules, packRules } = itemFormRules(t, m, () => false)
    expect(check(rules.barcodes as FormItemRule, ['6901234567891'])).toContain('"expected":2')
    expect(check(packRules.barcodes(0), ['16901234567898'])).toContain('items.rules.barcodeCheck')
    expect(check(packRules.barcodes(0), ['16901234567899'])).toBe(true)
  })

  it('refuses a barcode that is already on the item or one of its packs', () => {
    const m = model()
    const { packRules } = itemFormRules(t, m, () => false)
    expect(check(packRules.barcodes(0), ['6901234567892'])).toContain('items.rules.barcodeDuplicate')
  })

  it('checks a pack: not the base unit, not twice, a positive ratio within the unit decimals', () => {
    const m = model()
    m.packUnits.push({ name: '箱', ratio: '1.5', barcodes: [] })
    const { packRules } = itemFormRules(t, m, () => false)
    expect(check(packRules.name(0), '包')).toBe('items.rules.packSameAsBase')
    expect(check(packRules.name(1), '箱')).toContain('items.rules.packDuplicate')
    expect(check(packRules.ratio(), '1.5')).toContain('items.rules.wholeOnly')
    expect(check(packRules.ratio(), '0')).toContain('items.rules.quantityPositive')
    expect(check(packRules.ratio(), 'abc')).toContain('items.rules.quantityFormat')
    m.unitDecimals = 3
    expect(check(packRules.ratio(), '1.5')).toBe(true)
  })

  it('checks stock limits: one row per warehouse, the maximum not below the minimum', () => {
    const m = model()
    m.stockLimits.push({ warehouseId: 1, min: '', max: '' })
    const { limitRules } = itemFormRules(t, m, () => false)
    expect(check(limitRules.warehouse(1), 1)).toBe('items.rules.limitDuplicate')
    expect(check(limitRules.max(0), '5')).toBe('items.rules.maxBelowMin')
    expect(check(limitRules.max(0), '10')).toBe(true)
    expect(check(limitRules.max(0), '')).toBe(true)
    expect(check(limitRules.min(), '-1')).toContain('items.rules.quantityNegative')
  })
})
