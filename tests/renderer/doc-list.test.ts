import { describe, expect, it } from 'vitest'
import { DOC_KINDS, documentRoute, kindOfRoute } from '@/utils/doc-kinds'
import { emptyFilters, listQuery } from '@/views/stock-documents/modules/doc-filters'

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

describe('document routes', () => {
  it('opens each type in its own editor and knows the type from the route', () => {
    expect(documentRoute({ id: 7, docType: 'DB' })).toEqual({ name: 'transfer-edit', params: { id: 7 } })
    expect(documentRoute({ id: 7, docType: 'PD' })).toBeNull()
    expect(kindOfRoute('stock-out-new')?.docType).toBe('CK')
    expect(kindOfRoute('stock-in')?.docType).toBe('RK')
    expect(kindOfRoute('items')).toBeNull()
  })
})
