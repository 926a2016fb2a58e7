/**
 * The over-receipt rule (超收) of 采购验收, which the core enforces and the receiving screen shows.
 * Quantities are base-unit thousandths; the tolerance is whole percent (采购设置).
 */
import { divideRounded, exact, safeAdd } from '../money'

/**
 * The most an order line may have received in total without the purchase.overReceive permission:
 * round(ordered × (100 + tolerance) / 100), half away from zero.
 */
export function overReceiptLimitMilli(orderedMilli: number, tolerancePct: number): number {
  return exact(divideRounded(BigInt(orderedMilli) * BigInt(100 + tolerancePct), 100n), 'quantity')
}

/**
 * none: within what the line still expects; over: more, but within the tolerance; beyond: past the
 * tolerance, which only a role with purchase.overReceive (approver, administrator) may receive.
 * Receiving nothing (a line only rejected) is never over.
 */
export type OverReceipt = 'none' | 'over' | 'beyond'

export function overReceipt(
  line: { baseQtyMilli: number; receivedMilli: number },
  acceptedMilli: number,
  tolerancePct: number,
): OverReceipt {
  if (acceptedMilli <= 0) return 'none'
  const total = safeAdd(line.receivedMilli, acceptedMilli, 'quantity')
  if (total > overReceiptLimitMilli(line.baseQtyMilli, tolerancePct)) return 'beyond'
  return total > Math.max(line.baseQtyMilli, line.receivedMilli) ? 'over' : 'none'
}

/** One entry of a receipt as typed: an order line's accepted and rejected quantities. */
export interface ReceiptEntry {
  lineNo: number
  acceptedMilli: number
  rejectedMilli: number
  rejectReason: string
}

/** One order line of a receipt after merging: the summed quantity and each rejection reason's sum. */
export interface MergedReceiptLine {
  lineNo: number
  acceptedMilli: number
  rejections: { qtyMilli: number; reason: string }[]
}

/**
 * An order line listed more than once in one receipt (two deliveries notes, two pallets) counts as one
 * line: its accepted quantities are summed, so the over-receipt rule sees the whole quantity; each
 * rejection reason keeps its own summed quantity. Lines keep the order of their first entry.
 */
export function mergeReceiptEntries(entries: readonly ReceiptEntry[]): MergedReceiptLine[] {
  const merged = new Map<number, MergedReceiptLine>()
  for (const entry of entries) {
    let line = merged.get(entry.lineNo)
    if (!line) {
      line = { lineNo: entry.lineNo, acceptedMilli: 0, rejections: [] }
      merged.set(entry.lineNo, line)
    }
    line.acceptedMilli = safeAdd(line.acceptedMilli, entry.acceptedMilli, 'quantity')
    if (entry.rejectedMilli <= 0) continue
    const same = line.rejections.find((r) => r.reason === entry.rejectReason)
    if (same) same.qtyMilli = safeAdd(same.qtyMilli, entry.rejectedMilli, 'quantity')
    else line.rejections.push({ qtyMilli: entry.rejectedMilli, reason: entry.rejectReason })
  }
  return [...merged.values()]
}
