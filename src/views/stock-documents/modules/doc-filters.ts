import { SUBTYPES_OF, type DocStatus, type DocSubtype, type Input } from '@shared/contract'
import type { DocKind } from '@/utils/doc-kinds'

/** The filter bar of a document list, as the user set it (null: not filtered). */
export interface DocFilters {
  subtype: DocSubtype | null
  status: DocStatus | null
  /** Business dates, both ends included, as YYYY-MM-DD. */
  dateRange: [string, string] | null
  warehouseId: number | null
  departmentId: number | null
  supplierId: number | null
  itemId: number | null
  /** The document number, or part of it. */
  search: string
}

export type DocFilterField = 'subtype' | 'department' | 'supplier'

export const emptyFilters = (status: DocStatus | null = null): DocFilters => ({
  subtype: null,
  status,
  dateRange: null,
  warehouseId: null,
  departmentId: null,
  supplierId: null,
  itemId: null,
  search: '',
})

/**
 * Which filters a type's list offers beyond status, dates, warehouse, item and number: a 调拨单 has one
 * subtype and names neither department nor supplier.
 */
export function offersFilter(kind: DocKind, field: DocFilterField): boolean {
  if (field === 'subtype') return SUBTYPES_OF[kind.docType].length > 1
  return kind.docType !== 'DB'
}

/** The subtypes to filter by: every one the type has, 期初 and 盘盈/盘亏 included. */
export const filterSubtypes = (kind: DocKind): readonly DocSubtype[] => SUBTYPES_OF[kind.docType]

export type DocListQuery = Omit<Input<'stock.list'>, 'page' | 'pageSize'>

/** The filters as stock.list takes them: only the set ones, and only those the type offers. */
export function listQuery(kind: DocKind, filters: DocFilters): DocListQuery {
  const query: DocListQuery = { docType: kind.docType, search: filters.search.trim() }
  if (filters.subtype && offersFilter(kind, 'subtype')) query.subtype = filters.subtype
  if (filters.status) query.status = filters.status
  if (filters.dateRange) [query.dateFrom, query.dateTo] = filters.dateRange
  if (filters.warehouseId) query.warehouseId = filters.warehouseId
  if (filters.departmentId && offersFilter(kind, 'department')) query.departmentId = filters.departmentId
  if (filters.supplierId && offersFilter(kind, 'supplier')) query.supplierId = filters.supplierId
  if (filters.itemId) query.itemId = filters.itemId
  return query
}
