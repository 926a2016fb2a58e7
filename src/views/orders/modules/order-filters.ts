import type { LocationQuery } from 'vue-router'
import { PO_STATUSES, type Input, type PoStatus } from '@shared/contract'
import { queryId } from '@/utils/route-query'

/** The order list's filters as the user set them. */
export interface OrderFilters {
  status: PoStatus | null
  supplierId: number | null
  /** 仅未完成: approved, sent or partly received. */
  openOnly: boolean
  /** 逾期: past the expected date and not fully received. */
  overdueOnly: boolean
  /** 待我审批 */
  awaitingMe: boolean
  /** The order number, or part of it. */
  search: string
}

export const emptyOrderFilters = (): OrderFilters => ({
  status: null,
  supplierId: null,
  openOnly: false,
  overdueOnly: false,
  awaitingMe: false,
  search: '',
})

const flag = (value: unknown) => value === '1'

/** The filters an address asks for: the home page's cards open ?awaitingMe=1 and ?overdueOnly=1. */
export function orderFiltersFromQuery(query: LocationQuery): OrderFilters {
  return {
    status: PO_STATUSES.find((status) => status === query.status) ?? null,
    supplierId: queryId(query.supplierId),
    openOnly: flag(query.openOnly),
    overdueOnly: flag(query.overdueOnly),
    awaitingMe: flag(query.awaitingMe),
    search: typeof query.search === 'string' ? query.search : '',
  }
}

/** The filters as an address query, only the ones set. */
export function orderFiltersToQuery(filters: OrderFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.status) query.status = filters.status
  if (filters.supplierId) query.supplierId = String(filters.supplierId)
  if (filters.openOnly) query.openOnly = '1'
  if (filters.overdueOnly) query.overdueOnly = '1'
  if (filters.awaitingMe) query.awaitingMe = '1'
  if (filters.search.trim()) query.search = filters.search.trim()
  return query
}

export type OrderListQuery = Omit<Input<'orders.list'>, 'page' | 'pageSize'>

export function orderListQuery(filters: OrderFilters): OrderListQuery {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.supplierId ? { supplierId: filters.supplierId } : {}),
    openOnly: filters.openOnly,
    overdueOnly: filters.overdueOnly,
    awaitingMe: filters.awaitingMe,
    search: filters.search.trim(),
  }
}
