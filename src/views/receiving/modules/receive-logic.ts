/**
 * The rules of the receiving screen (采购验收) that need no screen: the figures of a line, what a scan
 * means against the order, over-receipt, and the lines sent to orders.receive. Pure functions, so the
 * renderer tests run them without a browser or a core. Every quantity is in base-unit thousandths.
 */
import type { BarcodeMatch, PoLine, PurchaseOrder, PurchaseOrderView } from '@shared/contract'
import { parseQuantity } from '@shared/money'
import { receiptAmountFen } from '@shared/rules/amounts'
import { overReceipt, type OverReceipt } from '@shared/rules/receipt'

/** Whether this user may receive against the order now: the core lists 'receive' with it. */
export const isReceivable = (order: Pick<PurchaseOrderView, 'actions'>): boolean => order.actions.includes('receive')

/** What the storekeeper enters for one order line in this receipt. */
export interface ReceiveRow {
  line: PoLine
  /** 实收合格 (accepted), as typed or as counted by scans; blank is 0. */
  acceptedText: string
  /** 拒收 (rejected) and its reason. */
  rejectedText: string
  reason: string
}

export const rowsOf = (order: PurchaseOrder): ReceiveRow[] =>
  order.lines.map((line) => ({ line, acceptedText: '', rejectedText: '', reason: '' }))

/** Still expected on the line before this receipt: ordered − received so far (never below 0). */
export const openMilli = (line: PoLine): number => Math.max(0, line.baseQtyMilli - line.receivedMilli)

/** A short-closed line takes no more goods. */
export const lineClosed = (line: PoLine): boolean => line.closedReason !== null

export type EntryProblem = 'format' | 'decimals' | 'negative'

/** A typed quantity; blank counts as 0. */
export function parseEntry(text: string, unitDecimals: number): { milli: number; problem: EntryProblem | null } {
  if (text.trim() === '') return { milli: 0, problem: null }
  const value = parseQuantity(text, unitDecimals)
  if (value === null) return { milli: 0, problem: parseQuantity(text, 3) === null ? 'format' : 'decimals' }
  if (value < 0) return { milli: 0, problem: 'negative' }
  return { milli: value, problem: null }
}

/** The core's over-receipt rule (electron/shared/rules/receipt.ts). */
export type OverKind = OverReceipt

export interface RowFigures {
  acceptedMilli: number
  rejectedMilli: number
  acceptedProblem: EntryProblem | null
  rejectedProblem: EntryProblem | null
  /** Open after this receipt; negative when over-received. */
  remainingMilli: number
  over: OverKind
  /** Rejected without a reason: the core would refuse it. */
  missingReason: boolean
}

export function rowFigures(row: ReceiveRow, tolerancePct: number): RowFigures {
  const { line } = row
  const accepted = parseEntry(row.acceptedText, line.unitDecimals)
  const rejected = parseEntry(row.rejectedText, line.unitDecimals)
  const remainingMilli = openMilli(line) - accepted.milli
  const over = overReceipt(line, accepted.milli, tolerancePct)
  return {
    acceptedMilli: accepted.milli,
    rejectedMilli: rejected.milli,
    acceptedProblem: accepted.problem,
    rejectedProblem: rejected.problem,
    remainingMilli,
    over,
    missingReason: rejected.milli > 0 && row.reason.trim() === '',
  }
}

/** The order price of an accepted quantity, as the core values the receipt (receiptAmountFen). */
export const acceptedAmountFen = (line: PoLine, acceptedMilli: number): number =>
  receiptAmountFen(acceptedMilli, line.priceE4, line.packRatioMilli)

export type ScanOutcome =
  /** Add `packMilli` to the accepted count of order line `lineNo`. */
  | { kind: 'count'; lineNo: number; packMilli: number; packName: string | null }
  /** A known item that this order does not have. */
  | { kind: 'not-on-order'; match: BarcodeMatch }
  /** The item is on the order, but its line was short-closed. */
  | { kind: 'closed'; line: PoLine }
  | { kind: 'unknown' }

/**
 * What a scanned code means on this order. `match` is the core's item for the code (items.resolve: a
 * barcode with the pack it counts, or an item code on a shelf label, one base unit); null: no item.
 * An item on two lines (two pack sizes) fills the first line still open.
 */
export function resolveScan(
  match: BarcodeMatch | null,
  rows: readonly ReceiveRow[],
  tolerancePct: number,
): ScanOutcome {
  if (!match) return { kind: 'unknown' }
  const candidates = rows.filter((row) => row.line.itemId === match.item.id)
  if (candidates.length === 0) return { kind: 'not-on-order', match }
  const open = candidates.filter((row) => !lineClosed(row.line))
  if (open.length === 0) return { kind: 'closed', line: candidates[0].line }
  const target = open.find((row) => rowFigures(row, tolerancePct).remainingMilli > 0) ?? open[0]
  return { kind: 'count', lineNo: target.line.lineNo, packMilli: match.qtyMilli, packName: match.unitName }
}

/** The accepted count after one more scanned pack; a mistyped count restarts from the pack. */
export function addPack(row: ReceiveRow, packMilli: number): number {
  const current = parseEntry(row.acceptedText, row.line.unitDecimals)
  return (current.problem ? 0 : current.milli) + packMilli
}

export interface ReceiveTotals {
  /** Lines with something accepted. */
  lines: number
  acceptedMilli: number
  rejectedMilli: number
  /** At the order price. */
  amountFen: number
  overLines: number
  beyondLines: number
}

export function receiveTotals(rows: readonly ReceiveRow[], tolerancePct: number): ReceiveTotals {
  const totals: ReceiveTotals = {
    lines: 0,
    acceptedMilli: 0,
    rejectedMilli: 0,
    amountFen: 0,
    overLines: 0,
    beyondLines: 0,
  }
  for (const row of rows) {
    const figures = rowFigures(row, tolerancePct)
    if (figures.acceptedMilli > 0) totals.lines += 1
    totals.acceptedMilli += figures.acceptedMilli
    totals.rejectedMilli += figures.rejectedMilli
    totals.amountFen += acceptedAmountFen(row.line, figures.acceptedMilli)
    if (figures.over === 'over') totals.overLines += 1
    if (figures.over === 'beyond') totals.beyondLines += 1
  }
  return totals
}

/** Why the receipt cannot be posted yet, the first line it concerns, or null when it can. */
export type PostBlock = { problem: 'empty' } | { problem: 'input' | 'reason' | 'beyond' | 'closed'; lineNo: number }

export function postBlock(
  rows: readonly ReceiveRow[],
  tolerancePct: number,
  mayOverReceive: boolean,
): PostBlock | null {
  let accepted = 0
  for (const row of rows) {
    const figures = rowFigures(row, tolerancePct)
    const lineNo = row.line.lineNo
    if (figures.acceptedProblem || figures.rejectedProblem) return { problem: 'input', lineNo }
    if (figures.missingReason) return { problem: 'reason', lineNo }
    if (lineClosed(row.line) && figures.acceptedMilli + figures.rejectedMilli > 0) return { problem: 'closed', lineNo }
    if (figures.over === 'beyond' && !mayOverReceive) return { problem: 'beyond', lineNo }
    accepted += figures.acceptedMilli
  }
  return accepted > 0 ? null : { problem: 'empty' }
}

/** The lines of orders.receive: those with anything accepted or rejected. */
export function receiveLines(rows: readonly ReceiveRow[], tolerancePct: number) {
  return rows.flatMap((row) => {
    const figures = rowFigures(row, tolerancePct)
    if (figures.acceptedMilli === 0 && figures.rejectedMilli === 0) return []
    return [
      {
        lineNo: row.line.lineNo,
        acceptedMilli: figures.acceptedMilli,
        rejectedMilli: figures.rejectedMilli,
        rejectReason: figures.rejectedMilli > 0 ? row.reason.trim() : '',
      },
    ]
  })
}

/** "60 支 = 5 盒" when the quantity is whole packs of the purchase unit; null otherwise. */
export function inPurchaseUnits(line: PoLine, qtyMilli: number): number | null {
  if (line.packName === null || qtyMilli === 0) return null
  const packs = BigInt(qtyMilli) * 1000n
  return packs % BigInt(line.packRatioMilli) === 0n ? Number(packs / BigInt(line.packRatioMilli)) : null
}
