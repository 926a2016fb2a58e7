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
