/**
 * The ledger screen's own things: where a row's document number links to and the date range from the
 * address. How the rows read (收入 / 发出, 期初结存 / 期末结存) is electron/shared/rules/ledger-rows.ts,
 * which the core's export writes too.
 */
import type { LocationQuery } from 'vue-router'
import type { DocType } from '@shared/contract'

/** The screen of each document type, where a ledger row's number links to. */
const DOCUMENT_PATHS: Record<DocType, string> = {
  RK: '/stock-in',
  CK: '/stock-out',
  DB: '/transfers',
  PD: '/stocktakes',
}

export const documentPath = (docType: DocType, documentId: number): string => `${DOCUMENT_PATHS[docType]}/${documentId}`

/** 1 January of the year of a YYYY-MM-DD date: where the ledger starts by default. */
export const startOfYear = (date: string): string => `${date.slice(0, 4)}-01-01`

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The date range from the address (?from=&to=), else 1 January of this year (of `to`'s year) up to today. */
export function rangeFromQuery(query: LocationQuery, today: string): [string, string] {
  const to = isDate(query.to) ? query.to : today
  const from = isDate(query.from) && query.from <= to ? query.from : startOfYear(to)
  return [from, to]
}
