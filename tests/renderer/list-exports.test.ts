import { describe, expect, it } from 'vitest'
import type { ReorderSuggestion } from '@shared/contract'
import { progressPercent } from '@/composables/use-xlsx-export'
import { i18n } from '@/i18n'
import { emptyOrderFilters, orderListQuery } from '@/views/orders/modules/order-filters'
import { groupBySupplier, reorderExportTable, reorderRows } from '@/views/reorder/modules/reorder-groups'
import { requisitionListQuery } from '@/views/requisitions/modules/requisition-columns'
import { stocktakeListQuery } from '@/views/stocktakes/modules/stocktake-columns'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

/** The cell of `row` under the header `name`. */
const cell = (table: { headers: string[]; rows: (string | number)[][] }, row: number, name: string) => {
  const column = table.headers.indexOf(name)
  expect(column, name).toBeGreaterThanOrEqual(0)
  return table.rows[row][column]
}

describe('purchase order export', () => {
  it('fetches with the filters on screen', () => {
    expect(orderListQuery({ ...emptyOrderFilters(), status: 'sent', overdueOnly: true, search: ' 0001 ' })).toEqual({
      status: 'sent',
      openOnly: false,
      overdueOnly: true,
      awaitingMe: false,
      search: '0001',
    })
  })
})

describe('requisition export', () => {
  it('fetches with the status and 我的 filters', () => {
    expect(requisitionListQuery({ status: null, mine: true })).toEqual({ mine: true })
    expect(requisitionListQuery({ status: 'draft', mine: false })).toEqual({ status: 'draft', mine: false })
  })
})

describe('stocktake export', () => {
  it('exports the list under its status filter', () => {
    expect(stocktakeListQuery('all')).toEqual({ docType: 'PD' })
    expect(stocktakeListQuery('posted')).toEqual({ docType: 'PD', status: 'posted' })
  })
})

const suggestion = (patch: Partial<ReorderSuggestion>): ReorderSuggestion => ({
  itemId: 1,
  itemCode: 'A001',
  itemName: 'A4 复印纸',
  itemSpec: '70g',
  unit: '包',
  unitDecimals: 0,
  warehouseId: 1,
  warehouseName: '总库',
  onHandMilli: 2000,
  onOrderMilli: 0,
  minMilli: 10000,
  maxMilli: 1234000,
  suggestedMilli: 1232000,
  supplierId: 4,
  supplierName: '华联办公用品',
  lastPriceE4: 235000,
  ...patch,
})

describe('reorder export', () => {
  it('writes the groups as on screen, with the adjusted quantity and exact decimals', () => {
    const rows = reorderRows([
      suggestion({}),
      suggestion({
        itemId: 2,
        itemCode: 'B002',
        itemName: '洗手液',
        unit: 'kg',
        unitDecimals: 3,
        onHandMilli: 1500,
        maxMilli: null,
        suggestedMilli: 3500,
        supplierId: null,
        supplierName: null,
        lastPriceE4: null,
      }),
    ])
    rows[0].qtyText = '1000'
    rows[1].supplierName = '清洁用品公司'
    const table = reorderExportTable(t, groupBySupplier(rows))
    expect(table.sheetName).toBe('补货建议')
    expect(table.headers).toEqual([
      '供应商',
      '物资编码',
      '名称',
      '规格型号',
      '单位',
      '仓库',
      '现有',
      '在途',
      '最低',
      '最高',
      '建议采购',
      '上次单价',
    ])
    expect(table.rows[0]).toEqual([
      '华联办公用品',
      'A001',
      'A4 复印纸',
      '70g',
      '包',
      '总库',
      '2',
      '0',
      '10',
      '1234',
      '1000',
      '23.50',
    ])
    expect(table.rows[1]).toEqual([
      '清洁用品公司',
      'B002',
      '洗手液',
      '70g',
      'kg',
      '总库',
      '1.5',
      '0',
      '10',
      '',
      '3.5',
      '',
    ])
  })

  it('keeps a quantity that is not valid as typed', () => {
    const rows = reorderRows([suggestion({})])
    rows[0].qtyText = ' 1.5 '
    expect(cell(reorderExportTable(t, groupBySupplier(rows)), 0, '建议采购')).toBe('1.5')
  })
})

describe('export progress', () => {
  it('climbs with the rows written and reaches 100 only with the file', () => {
    expect(progressPercent({ done: 0, total: 0 })).toBe(0)
    expect(progressPercent({ done: 2000, total: 12000 })).toBe(16)
    expect(progressPercent({ done: 11999, total: 12000 })).toBe(99)
    expect(progressPercent({ done: 12000, total: 12000 })).toBe(99)
  })
})
