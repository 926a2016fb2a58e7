import type { LocationQuery } from 'vue-router'
import type { DocType, ItemLedger, LedgerEntry } from '@shared/contract'
import { averagePriceE4 } from '@shared/money'

/** One movement split into the 收入 / 发出 columns of a 明细账; null leaves a cell empty. */
export interface LedgerSplit {
  inQty: number | null
  inValue: number | null
  outQty: number | null
  outValue: number | null
}

/** The side a document type books on by nature; transfers and stocktakes go either way. */
const NATURAL_SIDE: Partial<Record<DocType, 'in' | 'out'>> = { RK: 'in', CK: 'out' }

/**
 * Which column a movement is written in. A 入库单 always books under 收入 and a 出库单 under 发出, so a
 * 红冲 shows as a negative (red) figure in the same column as the entry it cancels, as on a paper ledger.
 * Transfers and stocktakes have no fixed side and follow the sign of the movement.
 */
export function splitEntry(entry: Pick<LedgerEntry, 'docType' | 'qtyDelta' | 'valueFen'>): LedgerSplit {
  const side =
    NATURAL_SIDE[entry.docType] ?? (entry.qtyDelta < 0 || (entry.qtyDelta === 0 && entry.valueFen < 0) ? 'out' : 'in')
  return side === 'in'
    ? { inQty: entry.qtyDelta, inValue: entry.valueFen, outQty: null, outValue: null }
    : { inQty: null, inValue: null, outQty: -entry.qtyDelta, outValue: -entry.valueFen }
}

/** The screen of each document type, where a ledger row's number links to. */
const DOCUMENT_PATHS: Record<DocType, string> = {
  RK: '/stock-in',
  CK: '/stock-out',
  DB: '/transfers',
  PD: '/stocktakes',
}

export const documentPath = (docType: DocType, documentId: number): string => `${DOCUMENT_PATHS[docType]}/${documentId}`

/** A row of the ledger table: the balance brought forward, a movement, or the balance carried at the end. */
export type LedgerRow =
  | { kind: 'opening' | 'closing'; key: string; qtyMilli: number; valueFen: number; avgPriceE4: number | null }
  | ({ kind: 'entry'; key: string } & LedgerEntry & LedgerSplit)

/**
 * The rows one page of the ledger shows: 期初结存 above the first page, the movements with their in/out split,
 * and 期末结存 under the last page (the running balance after the last movement, or the opening if none).
 */
export function ledgerRows(ledger: ItemLedger): LedgerRow[] {
  const rows: LedgerRow[] = []
  const { opening } = ledger
  if (ledger.page === 1) {
    rows.push({
      kind: 'opening',
      key: 'opening',
      ...opening,
      avgPriceE4: averagePriceE4(opening.valueFen, opening.qtyMilli),
    })
  }
  for (const entry of ledger.rows)
    rows.push({ kind: 'entry', key: `m${entry.movementId}`, ...entry, ...splitEntry(entry) })
  const lastPage = ledger.page * ledger.pageSize >= ledger.total
  if (lastPage) {
    const last = ledger.rows.at(-1)
    const closing = last ? { qtyMilli: last.runQty, valueFen: last.runValue } : opening
    // The last row of a page before the last one is not the end; an empty later page would be misleading too.
    if (last || ledger.page === 1) {
      rows.push({
        kind: 'closing',
        key: 'closing',
        ...closing,
        avgPriceE4: last ? last.avgPriceE4 : averagePriceE4(closing.valueFen, closing.qtyMilli),
      })
    }
  }
  return rows
}

/** 1 January of the year of a YYYY-MM-DD date: where the ledger starts by default. */
export const startOfYear = (date: string): string => `${date.slice(0, 4)}-01-01`

/**
 * The 业务类型 label key of a movement under stockLedger.types: its subtype, and for a transfer the
 * direction it moved this warehouse's stock (a transfer's subtype is the same at both ends).
 */
export function entryTypeKey(entry: Pick<LedgerEntry, 'subtype' | 'qtyDelta' | 'reversal'>): string {
  if (entry.subtype === 'transfer' && !entry.reversal) return entry.qtyDelta < 0 ? 'transferOut' : 'transferIn'
  return entry.subtype
}

/**
 * A 红冲 pair on the ledger: the reversal runs against its type's natural side (an 入库单 taking stock out),
 * the entry it cancels runs with it. Transfers and stocktakes have no natural side, so both read 红冲.
 */
export function reversalKind(
  entry: Pick<LedgerEntry, 'docType' | 'qtyDelta' | 'reversal'>,
): 'reversal' | 'reversed' | null {
  if (!entry.reversal) return null
  const side = NATURAL_SIDE[entry.docType]
  if (side === undefined) return 'reversal'
  const against = side === 'in' ? entry.qtyDelta < 0 : entry.qtyDelta > 0
  return against ? 'reversal' : 'reversed'
}

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The date range from the address (?from=&to=), else 1 January of this year (of `to`'s year) up to today. */
export function rangeFromQuery(query: LocationQuery, today: string): [string, string] {
  const to = isDate(query.to) ? query.to : today
  const from = isDate(query.from) && query.from <= to ? query.from : startOfYear(to)
  return [from, to]
}
