import type { Input } from '@shared/contract'
import type { LocationQuery } from 'vue-router'
import { queryId } from '@/utils/route-query'

/** The on-hand screen's filters as the user sets them. */
export interface OnHandFilters {
  search: string
  warehouseId: number | null
  categoryId: number | null
  locationId: number | null
  /** 截至日期; today or empty means the current balance. */
  asOf: string | null
  lowOnly: boolean
}

export type OnHandQuery = Omit<Input<'stock.onHand'>, 'page' | 'pageSize'>

/** Filters from the address: the 低库存 menu entry and the home page link with ?lowOnly=1, optionally a warehouse. */
export function filtersFromQuery(query: LocationQuery, today: string): OnHandFilters {
  return {
    search: '',
    warehouseId: queryId(query.warehouseId),
    categoryId: null,
    locationId: null,
    asOf: today,
    lowOnly: query.lowOnly === '1' || query.lowOnly === 'true',
  }
}

/**
 * What stock.onHand is asked for. A date of today (or later, or none) asks for the current balance, which
 * also counts anything already posted with a later business date; a past date asks for the balance at its end.
 * A location only counts with its warehouse: locations belong to one.
 */
export function onHandQuery(filters: OnHandFilters, today: string): OnHandQuery {
  const query: OnHandQuery = { search: filters.search.trim(), lowOnly: filters.lowOnly }
  if (filters.warehouseId !== null) {
    query.warehouseId = filters.warehouseId
    if (filters.locationId !== null) query.locationId = filters.locationId
  }
  if (filters.categoryId !== null) query.categoryId = filters.categoryId
  if (filters.asOf !== null && filters.asOf < today) query.asOf = filters.asOf
  return query
}
