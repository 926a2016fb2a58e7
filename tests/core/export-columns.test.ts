import { describe, expect, it } from 'vitest'
import { onHandExport, stockDocumentsExport } from '../../electron/core/export/stock-lists'
import type { ListExport } from '../../electron/core/export/spec'
import { cellValue } from '../../electron/core/export/sheet-writer'
import type { OnHandRow, StockDocumentSummary } from '../../electron/shared/contract'

/** One row as it lands in the sheet: each cell written by its column's kind, by header. */
function sheetRow(spec: ListExport, filters: Record<string, unknown>, row: unknown): Record<string, unknown> {
  const columns = spec.columns(filters)
  const cells = spec.cells(row, filters)
  return Object.fromEntries(columns.map((c, i) => [c.header, cellValue(c.kind ?? 'text', cells[i] ?? null)]))
}

const summary = (patch: Partial<StockDocumentSummary>): StockDocumentSummary => ({
  id: 1,
  docType: 'CK',
  subtype: 'issue',
  docNo: 'CK20260105-0001',
  status: 'posted',
  businessDate: '2026-01-05',
  warehouseId: 1,
  warehouseName: '总库',
  departmentId: 3,
  departmentName: '后勤处',
  personId: 31,
  personName: '李四',
  supplierId: null,
  supplierName: null,
  toWarehouseId: null,
  toWarehouseName: null,
  sourceId: null,
  sourceNo: null,
  reason: '',
  reversesId: null,
  reversesNo: null,
  reversedById: null,
  reversedByNo: null,
  note: '',
  totalQtyMilli: 3000,
  totalFen: 7350,
  createdBy: '王建国',
  createdAt: '2026-01-05T08:00:00Z',
  postedBy: '王建国',
  postedAt: '2026-01-05T08:10:00Z',
  ...patch,
})

describe('document list export columns', () => {
  it('writes a reversal negative and marked, and its original marked reversed', () => {
    const at = (patch: Partial<StockDocumentSummary>) =>
      sheetRow(stockDocumentsExport, { docType: 'CK' }, summary(patch))
    const reversal = at({
      id: 2,
      docNo: 'CK20260105-0002',
      reversesId: 1,
      reversesNo: 'CK20260105-0001',
      totalFen: -7350,
    })
    expect(reversal).toMatchObject({ 数量合计: -3, 金额合计: -73.5, 红冲: '红冲 CK20260105-0001' })
    const original = at({ reversedById: 2, reversedByNo: 'CK20260105-0002' })
    expect(original).toMatchObject({
      红冲: '已红冲 CK20260105-0002',
      '部门 / 供应商': '后勤处 · 李四',
      业务类型: '领用',
    })
    // An issue has no amount until the ledger has valued it.
    expect(at({ id: 3, docNo: null, status: 'draft', totalFen: 0 })).toMatchObject({
      金额合计: null,
      单号: '（未审核）',
    })
  })

  it('gives a transfer its two warehouses and no subtype column', () => {
    const filters = { docType: 'DB' }
    expect(stockDocumentsExport.columns(filters).map((c) => c.header)).not.toContain('业务类型')
    const row = summary({
      docType: 'DB',
      subtype: 'transfer',
      toWarehouseId: 2,
      toWarehouseName: '分库',
      departmentName: null,
    })
    expect(stockDocumentsExport.cells(row, filters).slice(0, 4)).toEqual([
      'CK20260105-0001',
      '2026-01-05',
      '总库',
      '分库',
    ])
  })
})

describe('on-hand export columns', () => {
  it('writes exact figures, the average, and the low mark', () => {
    const row: OnHandRow = {
      itemId: 1,
      itemCode: 'WZ001',
      itemName: 'A4 复印纸',
      itemSpec: '70g',
      unit: '包',
      unitDecimals: 0,
      categoryName: '纸张',
      locationName: null,
      warehouseId: 1,
      warehouseName: '总仓',
      qtyMilli: 3000,
      valueFen: 7050,
      minMilli: 5000,
      maxMilli: null,
      low: true,
    }
    expect(Object.values(sheetRow(onHandExport, { lowOnly: true }, row))).toEqual([
      'WZ001',
      'A4 复印纸',
      '70g',
      '纸张',
      null,
      '总仓',
      3,
      '包',
      23.5,
      70.5,
      5,
      null,
      '低于下限',
    ])
    expect(onHandExport.name({ lowOnly: true })).toBe('低库存')
    expect(sheetRow(onHandExport, {}, { ...row, qtyMilli: 0, valueFen: 0 })['平均单价']).toBeNull()
  })
})
