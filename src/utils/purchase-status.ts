import type { PoStatus, RequisitionStatus } from '@shared/contract'

/** The colour of a purchasing status: waiting is amber, refused or voided red, done green, history grey. */
export type StatusTagType = 'default' | 'info' | 'success' | 'warning' | 'error'

export const REQUISITION_TAG: Record<RequisitionStatus, StatusTagType> = {
  draft: 'default',
  submitted: 'warning',
  approved: 'info',
  rejected: 'error',
  ordered: 'success',
  done: 'success',
}

export const ORDER_TAG: Record<PoStatus, StatusTagType> = {
  draft: 'default',
  pending: 'warning',
  approved: 'info',
  sent: 'info',
  partial: 'warning',
  received: 'success',
  closed: 'success',
  cancelled: 'error',
}

const isOrderStatus = (status: string): status is PoStatus => status in ORDER_TAG
const isRequisitionStatus = (status: string): status is RequisitionStatus => status in REQUISITION_TAG

/** The tag of a status: its colour and the i18n key of its name. */
export function statusTag(
  kind: 'requisition' | 'order',
  status: RequisitionStatus | PoStatus,
): { type: StatusTagType; label: string } {
  if (kind === 'order' && isOrderStatus(status))
    return { type: ORDER_TAG[status], label: `purchase.orderStatus.${status}` }
  if (kind === 'requisition' && isRequisitionStatus(status))
    return { type: REQUISITION_TAG[status], label: `purchase.requisitionStatus.${status}` }
  return { type: 'default', label: status }
}
