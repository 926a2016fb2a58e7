import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import type { Item, PoLine, PriceHistoryRow } from '@shared/contract'
import {
  defaultPriceE4,
  orderLineState,
  orderTotalFen,
  parseTaxRate,
  unitOptions,
} from '@/views/order-editor/modules/order-lines'
import { useOrderLines, type OrderLines } from '@/views/order-editor/modules/use-order-lines'

const pen: Item = {
  id: 7,
  code: 'BG2',
  name: '中性笔',
  spec: '0.5mm',
  unit: '支',
  unitDecimals: 0,
  refPriceE4: 15_000,
  barcodes: [],
  packUnits: [
    { name: '盒', qtyMilli: 12_000, barcodes: ['16901234567899'] },
    { name: '箱', qtyMilli: 240_000, barcodes: [] },
  ],
  categoryId: null,
  stockLimits: [],
  defaultSupplierId: 3,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
}

const history = (packName: string | null, priceE4: number): PriceHistoryRow => ({
  supplierId: 3,
  supplierName: '晨光文具有限公司',
  poId: 1,
  poNo: 'CG20261120-0001',
  date: '2026-11-20',
  packName,
  priceE4,
  basePriceE4: 0, // not read by the default price
})

/** The order lines composable, alive inside a component as the editor uses it. */
function withLines(): OrderLines {
  let lines: OrderLines | undefined
  mount(
    defineComponent({
      setup() {
        lines = useOrderLines()
        return () => h('div')
      },
    }),
  )
  if (!lines) throw new Error('not mounted')
  return lines
}

describe('order lines: purchase units and prices', () => {
  it('offers the base unit and each pack unit with its ratio', () => {
    expect(unitOptions({ unit: '支', packUnits: pen.packUnits })).toEqual([
      { label: '支', value: '' },
      { label: '盒(12支)', value: '盒' },
      { label: '箱(240支)', value: '箱' },
    ])
  })

  it('defaults to the supplier’s last price only when it was for the same purchase unit', () => {
    expect(defaultPriceE4([history('盒', 180_000)], '盒', 12_000, 15_000)).toBe(180_000)
    // The last order was in boxes; a line in pieces takes the reference price instead.
    expect(defaultPriceE4([history('盒', 180_000)], null, 1000, 15_000)).toBe(15_000)
    // No history: the reference price per piece, times the pack ratio.
    expect(defaultPriceE4([], '盒', 12_000, 15_000)).toBe(180_000)
    expect(defaultPriceE4([], null, 1000, 15_000)).toBe(15_000)
  })

  it('reads a tax rate in percent as basis points, empty as none', () => {
    expect(parseTaxRate('13')).toBe(1300)
    expect(parseTaxRate('6.5')).toBe(650)
    expect(parseTaxRate('')).toBeNull()
    expect(parseTaxRate('101')).toBeUndefined()
    expect(parseTaxRate('abc')).toBeUndefined()
  })
})

describe('order lines: amounts and totals', () => {
  it('amounts are rounded per line and the total is their sum, in capitals too', () => {
    const lines = withLines()
    lines.addItem(pen, 1000, null)
    lines.addItem({ ...pen, id: 8, code: 'BG3', packUnits: [] }, 1000, null)
    const [first, second] = lines.lines.value
    lines.update(first.key, { qtyText: '3', priceText: '0.3333' }) // 0.9999 → 1.00
    lines.update(second.key, { qtyText: '3', priceText: '0.3333' })
    expect(lines.states.value.map((state) => state.amountFen)).toEqual([100, 100])
    expect(lines.totalFen.value).toBe(200)
    expect(lines.capitals.value).toBe('贰元整')
    expect(orderTotalFen(lines.states.value)).toBe(200)
  })

  it('a pack barcode adds one pack at the pack price; a second scan adds to that line', () => {
    const lines = withLines()
    lines.addItem(pen, 12_000, '盒')
    const { incremented } = lines.addItem(pen, 12_000, '盒')
    expect(incremented).toBe(true)
    const [state] = lines.states.value
    expect(state.line.packName).toBe('盒')
    expect(state.qtyMilli).toBe(2000)
    expect(state.priceE4).toBe(180_000)
    expect(state.amountFen).toBe(3_600) // 2 盒 × 18.00 元
    expect(lines.toInput()).toEqual([{ itemId: 7, packName: '盒', qtyMilli: 2000, priceE4: 180_000, taxRateBp: null }])
  })

  it('the supplier’s history sets an untouched price; a typed price stays and follows a unit change', () => {
    const lines = withLines()
    const { line } = lines.addItem(pen, 1000, null)
    lines.setHistory(line.key, [history(null, 14_000)])
    expect(lines.states.value[0].priceE4).toBe(14_000)
    lines.setUnit(line.key, '盒')
    // An untouched price becomes the new unit's default: no box price in the history, so 12 × 1.50.
    expect(lines.states.value[0].priceE4).toBe(180_000)
    lines.update(line.key, { priceText: '17' })
    lines.setHistory(line.key, [history('盒', 175_000)])
    expect(lines.states.value[0].priceE4).toBe(170_000)
    lines.setUnit(line.key, null)
    // 17.00 a box of 12 is 1.4167 a pen.
    expect(lines.states.value[0].line.priceText).toBe('1.4167')
  })

  it('refuses a pack quantity that is no whole number of base units', () => {
    const lines = withLines()
    const { line } = lines.addItem(pen, 12_000, '盒')
    lines.update(line.key, { qtyText: '0.5' })
    expect(lines.states.value[0].qtyProblem).toBeNull() // 6 pens
    lines.update(line.key, { qtyText: '0.1' })
    expect(lines.states.value[0].qtyProblem).toBe('conversion') // 1.2 pens
    expect(lines.toInput()).toBeNull()
  })

  it('a saved line keeps its price, tax and received quantities', () => {
    const saved: PoLine = {
      lineNo: 1,
      itemId: 7,
      itemCode: 'BG2',
      itemName: '中性笔',
      itemSpec: '0.5mm',
      unit: '支',
      unitDecimals: 0,
      packName: '盒',
      packRatioMilli: 12_000,
      qtyMilli: 5000,
      baseQtyMilli: 60_000,
      priceE4: 180_000,
      amountFen: 9000,
      taxRateBp: 1300,
      receivedMilli: 24_000,
      rejectedMilli: 2000,
      closedReason: null,
      sources: [],
    }
    const state = orderLineState({
      key: 1,
      itemId: 7,
      itemCode: 'BG2',
      itemName: '中性笔',
      itemSpec: '',
      unit: '支',
      unitDecimals: 0,
      packUnits: [{ name: '盒', qtyMilli: 12_000 }],
      refPriceE4: 0,
      packName: '盒',
      qtyText: '5',
      priceText: '18',
      priceTouched: true,
      taxText: '13',
      history: [],
      saved,
    })
    expect(state).toMatchObject({ qtyMilli: 5000, priceE4: 180_000, taxRateBp: 1300, amountFen: 9000 })
    const lines = withLines()
    lines.replaceWith([saved])
    expect(lines.lines.value[0]).toMatchObject({ taxText: '13', priceText: '18.00', priceTouched: true })
    expect(lines.lines.value[0].saved?.receivedMilli).toBe(24_000)
  })
})
