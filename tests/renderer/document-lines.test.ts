import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import type { Item, StockLine } from '@shared/contract'
import { i18n } from '@/i18n'
import LinesTable from '@/views/stock-document-editor/modules/lines-table.vue'
import { useEditorLines, type EditorLines } from '@/views/stock-document-editor/modules/use-editor-lines'

const soap: Item = {
  id: 2,
  code: 'WZ10002',
  name: '洗手液',
  spec: '500ml',
  unit: '瓶',
  unitDecimals: 0,
  refPriceE4: 128_000,
  barcodes: [],
  packUnits: [],
  categoryId: null,
  stockLimits: [],
  defaultSupplierId: null,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
}

const postedLine: StockLine = {
  lineNo: 1,
  itemId: 2,
  itemCode: 'WZ10002',
  itemName: '洗手液',
  itemSpec: '500ml',
  unit: '瓶',
  unitDecimals: 0,
  qtyMilli: 3000,
  priceE4: 0,
  // An issue's value is what the ledger took out at the moving average; a reversal's comes negative.
  amountFen: -3840,
}

/** Lines of an unpriced document (出库, 调拨) and their table, wired as the editor wires them. */
function mountLines(setup: (lines: EditorLines) => void, table: { readOnly: boolean; negative?: boolean }) {
  let exposed: EditorLines | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        const lines = useEditorLines(false)
        exposed = lines
        setup(lines)
        return () =>
          h(LinesTable, {
            states: lines.states.value,
            totalQtyMilli: lines.totalQtyMilli.value,
            totalFen: lines.totalFen.value,
            capitals: lines.capitals.value,
            priced: false,
            showAmounts: table.readOnly,
            ...table,
          })
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!exposed) throw new Error('not set up')
  return { wrapper, lines: exposed }
}

describe('lines of a stock-out or transfer', () => {
  it('asks only for quantities while a draft, and sends no price', () => {
    const { wrapper, lines } = mountLines((lines) => lines.addItem(soap, 2000), { readOnly: false })
    expect(wrapper.find('[data-testid="line-price"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="line-amount"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="amount-capitals"]').exists()).toBe(false)
    expect(lines.toInput()).toEqual([{ itemId: 2, qtyMilli: 2000, priceE4: 0 }])
  })

  it('shows a posted reversal with its quantities negative and the amounts the core valued', () => {
    const { wrapper } = mountLines((lines) => lines.replaceWith([postedLine], true), {
      readOnly: true,
      negative: true,
    })
    expect(wrapper.get('[data-testid="line-qty-text"]').text()).toBe('-3')
    expect(wrapper.get('[data-testid="line-amount"]').text()).toBe('-38.40')
    expect(wrapper.get('[data-testid="total-qty"]').text()).toBe('-3')
    expect(wrapper.get('[data-testid="total-amount"]').text()).toBe('-38.40')
    expect(wrapper.get('[data-testid="amount-capitals"]').text()).toBe('负叁拾捌元肆角整')
    expect(wrapper.get('[data-testid="lines-table"]').classes()).toContain('negative')
  })
})
