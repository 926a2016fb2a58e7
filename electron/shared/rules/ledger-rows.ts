/**
 * How a 明细账 reads, which the ledger screen shows and the core's export writes: each movement split into
 * the 收入 / 发出 columns, the balance brought forward above the movements (期初结存) and the balance carried
 * at the end (期末结存), the type of a movement and which half of a 红冲 pair it is.
 */
import type { DocSubtype, DocType, ItemLedger, LedgerEntry } from '../contract'
import { averagePriceE4 } from '../money'

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

/** A balance row of the ledger: quantity, value and the average price at it (none at zero quantity). */
export interface LedgerBalance {
  qtyMilli: number
  valueFen: number
  avgPriceE4: number | null
}

/** 期初结存: the balance before the range, as the ledger's pages carry it. */
export const openingBalance = (opening: ItemLedger['opening']): LedgerBalance => ({
  ...opening,
  avgPriceE4: averagePriceE4(opening.valueFen, opening.qtyMilli),
})

/** 期末结存: the running balance after the range's last movement, or the opening if nothing moved. */
export function closingBalance(opening: ItemLedger['opening'], last: LedgerEntry | undefined): LedgerBalance {
  if (!last) return openingBalance(opening)
  return { qtyMilli: last.runQty, valueFen: last.runValue, avgPriceE4: last.avgPriceE4 }
}

/** A row of the ledger table: the balance brought forward, a movement, or the balance carried at the end. */
export type LedgerRow =
  | ({ kind: 'opening' | 'closing'; key: string } & LedgerBalance)
  | ({ kind: 'entry'; key: string } & LedgerEntry & LedgerSplit)

/**
 * The rows one page of the ledger shows: 期初结存 above the first page, the movements with their in/out split,
 * and 期末结存 under the last page.
 */
export function ledgerRows(ledger: ItemLedger): LedgerRow[] {
  const rows: LedgerRow[] = []
  if (ledger.page === 1) rows.push({ kind: 'opening', key: 'opening', ...openingBalance(ledger.opening) })
  for (const entry of ledger.rows)
    rows.push({ kind: 'entry', key: `m${entry.movementId}`, ...entry, ...splitEntry(entry) })
  const last = ledger.rows.at(-1)
  // The last row of a page before the last one is not the end; an empty later page would be misleading too.
  if (ledger.page * ledger.pageSize >= ledger.total && (last || ledger.page === 1))
    rows.push({ kind: 'closing', key: 'closing', ...closingBalance(ledger.opening, last) })
  return rows
}

/** A movement's 业务类型: its subtype, a transfer by the direction it moved this warehouse's stock. */
export type LedgerTypeKey = DocSubtype | 'transferIn' | 'transferOut'

/**
 * The 业务类型 names the core's export writes: the ledger screen's zh-CN labels (src/i18n may not import
 * values from here; a renderer test keeps the two equal). Every subtype has one.
 */
export const LEDGER_TYPE_NAMES: Record<LedgerTypeKey, string> = {
  other: '其他入库',
  purchase: '采购入库',
  opening: '期初入库',
  return_in: '退库',
  surplus: '盘盈',
  issue: '领用出库',
  return_supplier: '退货',
  scrap: '报损',
  shortage: '盘亏',
  transfer: '调拨',
  transferIn: '调拨入库',
  transferOut: '调拨出库',
  stocktake: '盘点',
}

/** The 业务类型 of a movement (a transfer's subtype is the same at both ends, so it says in or out). */
export function entryTypeKey(entry: Pick<LedgerEntry, 'subtype' | 'qtyDelta' | 'reversal'>): LedgerTypeKey {
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
