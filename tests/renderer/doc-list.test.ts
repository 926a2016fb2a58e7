import { describe, expect, it } from 'vitest'
import type { StockDocumentSummary } from '@shared/contract'
import { i18n } from '@/i18n'
import { DOC_KINDS, documentRoute, kindOfRoute } from '@/utils/doc-kinds'
import { documentExportTable } from '@/views/stock-documents/modules/doc-export'
import { emptyFilters, listQuery } from '@/views/stock-documents/modules/doc-filters'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

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

describe('document list filters', () => {
  it('sends only the filters that are set, with the date range as two dates', () => {
    expect(listQuery(DOC_KINDS.CK, emptyFilters())).toEqual({ docType: 'CK', search: '' })
    const query = listQuery(DOC_KINDS.CK, {
      ...emptyFilters('posted'),
      subtype: 'scrap',
      dateRange: ['2026-01-01', '2026-01-31'],
      departmentId: 3,
      itemId: 5,
      search: ' 0001 ',
    })
    expect(query).toEqual({
      docType: 'CK',
      status: 'posted',
      subtype: 'scrap',
      dateFrom: '2026-01-01',
      dateTo: '2026-01-31',
      departmentId: 3,
      itemId: 5,
      search: '0001',
    })
  })

  it('drops the filters a transfer list does not offer', () => {
    const query = listQuery(DOC_KINDS.DB, {
      ...emptyFilters(),
      subtype: 'issue',
      departmentId: 3,
      supplierId: 4,
      warehouseId: 2,
    })
    expect(query).toEqual({ docType: 'DB', warehouseId: 2, search: '' })
  })
})

describe('document list export', () => {
  it('writes a reversal negative and marked, and its original marked reversed', () => {
    const rows = [
      summary({ id: 2, docNo: 'CK20260105-0002', reversesId: 1, reversesNo: 'CK20260105-0001', totalFen: -7350 }),
      summary({ reversedById: 2, reversedByNo: 'CK20260105-0002' }),
      summary({ id: 3, docNo: null, status: 'draft', totalFen: 0 }),
    ]
    const table = documentExportTable(t, DOC_KINDS.CK, rows)
    const column = (name: string) => table.headers.indexOf(name)
    const at = (row: number, name: string) => table.rows[row][column(name)]
    expect(at(0, '数量合计')).toBe('-3')
    expect(at(0, '金额合计')).toBe('-73.50')
    expect(at(0, '红冲')).toBe('红冲 CK20260105-0001')
    expect(at(1, '红冲')).toBe('已红冲 CK20260105-0002')
    expect(at(1, '部门 / 供应商')).toBe('后勤处 · 李四')
    // An issue has no amount until the ledger has valued it.
    expect(at(2, '金额合计')).toBe('')
    expect(at(2, '单号')).toBe('（未审核）')
  })

  it('gives a transfer its two warehouses and no subtype column', () => {
    const table = documentExportTable(t, DOC_KINDS.DB, [
      summary({ docType: 'DB', subtype: 'transfer', toWarehouseId: 2, toWarehouseName: '分库', departmentName: null }),
    ])
    expect(table.headers).not.toContain('业务类型')
    expect(table.rows[0].slice(0, 4)).toEqual(['CK20260105-0001', '2026-01-05', '总库', '分库'])
  })
})

describe('document routes', () => {
  it('opens each type in its own editor and knows the type from the route', () => {
    expect(documentRoute({ id: 7, docType: 'DB' })).toEqual({ name: 'transfer-edit', params: { id: 7 } })
    expect(documentRoute({ id: 7, docType: 'PD' })).toBeNull()
    expect(kindOfRoute('stock-out-new')?.docType).toBe('CK')
    expect(kindOfRoute('stock-in')?.docType).toBe('RK')
    expect(kindOfRoute('items')).toBeNull()
  })
})
