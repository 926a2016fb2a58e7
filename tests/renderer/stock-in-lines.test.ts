import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { Item } from '@shared/contract'
import { i18n } from '@/i18n'
import LinesTable from '@/views/stock-document-editor/modules/lines-table.vue'
import { useEditorLines, type EditorLines } from '@/views/stock-document-editor/modules/use-editor-lines'

const item = (id: number, fields: Partial<Item>): Item => ({
  id,
  code: `I-${id}`,
  name: `物资${id}`,
  spec: '',
  unit: '个',
  unitDecimals: 0,
  refPriceE4: 0,
  barcodes: [],
  packUnits: [],
  categoryId: null,
  stockLimits: [],
  defaultSupplierId: null,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
  ...fields,
})

const paper = item(1, { code: 'A-0001', name: 'A4 复印纸', unit: '包', refPriceE4: 235_000 })
const powder = item(2, { code: 'C-0003', name: '洗衣粉', unit: '千克', unitDecimals: 3 })

/** The editor's lines and its table, wired as the editor page wires them. */
function mountLines(setup: (lines: EditorLines) => void) {
  const exposed: EditorLines[] = []
  const Harness = defineComponent({
    setup() {
      const lines = useEditorLines()
      exposed.push(lines)
      setup(lines)
      return () =>
        h(LinesTable, {
          states: lines.states.value,
          readOnly: false,
          totalQtyMilli: lines.totalQtyMilli.value,
          totalFen: lines.totalFen.value,
          capitals: lines.capitals.value,
          'onUpdate:qty': (key: number, text: string) => lines.setQty(key, text),
          'onUpdate:price': (key: number, text: string) => lines.setPrice(key, text),
          onRemove: (key: number) => lines.removeLine(key),
        })
    },
  })
  const wrapper = mount(Harness, { global: { plugins: [i18n] } })
  return { wrapper, lines: exposed[0] }
}

const texts = (wrapper: ReturnType<typeof mount>, testId: string) =>
  wrapper.findAll(`[data-testid="${testId}"]`).map((node) => node.text())

describe('stock-in lines', () => {
  it('prices a line from the reference price and totals it exactly, with 大写金额', () => {
    const { wrapper } = mountLines((lines) => lines.addItem(paper, 2000))
    expect(texts(wrapper, 'line-amount')).toEqual(['47.00'])
    expect(wrapper.get('[data-testid="total-qty"]').text()).toBe('2')
    expect(wrapper.get('[data-testid="total-amount"]').text()).toBe('47.00')
    expect(wrapper.get('[data-testid="amount-capitals"]').text()).toBe('肆拾柒元整')
  })

  it('recomputes amounts from typed quantity and price, rounding each line half up to 分', async () => {
    const { wrapper } = mountLines((lines) => {
      lines.addItem(paper, 2000)
      lines.addItem(powder, 1000)
    })
    const quantities = wrapper.findAll('[data-testid="line-qty"]')
    const prices = wrapper.findAll('[data-testid="line-price"]')
    await quantities[1].setValue('2.5')
    await prices[1].setValue('6.45')
    await flushPromises()
    // 2.5 × 6.45 = 16.125 → 16.13; the total is the sum of rounded lines.
    expect(texts(wrapper, 'line-amount')).toEqual(['47.00', '16.13'])
    expect(wrapper.get('[data-testid="total-qty"]').text()).toBe('4.5')
    expect(wrapper.get('[data-testid="total-amount"]').text()).toBe('63.13')
    expect(wrapper.get('[data-testid="amount-capitals"]').text()).toBe('陆拾叁元壹角叁分')
  })

  it('rejects decimals for a whole-number unit, in Chinese, and leaves the line out of the total', async () => {
    const { wrapper, lines } = mountLines((lines) => lines.addItem(paper, 1000))
    await wrapper.get('[data-testid="line-qty"]').setValue('1.5')
    expect(wrapper.get('[data-testid="line-qty-error"]').text()).toBe('单位「包」不允许小数')
    expect(texts(wrapper, 'line-amount')).toEqual(['—'])
    expect(wrapper.get('[data-testid="total-amount"]').text()).toBe('0.00')
    expect(lines.toInput()).toBeNull()

    await wrapper.get('[data-testid="line-qty"]').setValue('abc')
    expect(wrapper.get('[data-testid="line-qty-error"]').text()).toBe('数量格式不正确')
    await wrapper.get('[data-testid="line-qty"]').setValue('3')
    expect(wrapper.find('[data-testid="line-qty-error"]').exists()).toBe(false)
    expect(lines.toInput()).toEqual([{ itemId: 1, qtyMilli: 3000, priceE4: 235_000 }])
  })

  it('adds a second scan of the same item to its line instead of a new line', async () => {
    const { wrapper, lines } = mountLines((lines) => lines.addItem(paper, 1000))
    const result = lines.addItem(paper, 12_000) // a carton barcode counting 12
    await flushPromises()
    expect(result.incremented).toBe(true)
    expect(wrapper.findAll('[data-testid="line-row"]')).toHaveLength(1)
    expect(wrapper.get<HTMLInputElement>('[data-testid="line-qty"]').element.value).toBe('13')
    expect(texts(wrapper, 'line-amount')).toEqual(['305.50'])
  })

  it('removes a line', async () => {
    const { wrapper } = mountLines((lines) => {
      lines.addItem(paper, 1000)
      lines.addItem(powder, 500)
    })
    await wrapper.findAll('[data-testid="line-remove"]')[0].trigger('click')
    expect(texts(wrapper, 'line-code')).toEqual(['C-0003'])
  })
})
