/** Purchasing settings: approval thresholds and the over-receipt tolerance. */
import type { PurchaseSettings } from '../../shared/contract'
import type { Db } from '../db/open'
import { getSetting, setSetting } from '../system/settings'

export function purchaseSettings(db: Db): PurchaseSettings {
  const second = getSetting(db, 'purchase.secondApprovalThresholdFen')
  return {
    approvalThresholdFen: Number(getSetting(db, 'purchase.approvalThresholdFen')),
    secondApprovalThresholdFen: second === '' ? null : Number(second),
    overReceiptTolerancePct: Number(getSetting(db, 'purchase.overReceiptTolerancePct')),
  }
}

export function savePurchaseSettings(db: Db, settings: PurchaseSettings): void {
  setSetting(db, 'purchase.approvalThresholdFen', String(settings.approvalThresholdFen))
  setSetting(db, 'purchase.secondApprovalThresholdFen', settings.secondApprovalThresholdFen?.toString() ?? '')
  setSetting(db, 'purchase.overReceiptTolerancePct', String(settings.overReceiptTolerancePct))
}

/** Approvals an order of this total needs: 0 below the threshold, 2 at or above the second one. */
export function approvalsNeeded(settings: PurchaseSettings, totalFen: number): number {
  if (settings.secondApprovalThresholdFen !== null && totalFen >= settings.secondApprovalThresholdFen) return 2
  return totalFen >= settings.approvalThresholdFen ? 1 : 0
}
