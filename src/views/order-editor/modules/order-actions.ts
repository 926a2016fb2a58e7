import type { PurchaseOrder, User } from '@shared/contract'
import { can } from '@shared/permissions'

export type OrderAction =
  'save' | 'submit' | 'delete' | 'approve' | 'reject' | 'markSent' | 'revise' | 'cancel' | 'shortClose' | 'print'

type Subject = Pick<PurchaseOrder, 'status' | 'createdById' | 'approvals' | 'lines'> | null
type Viewer = Pick<User, 'id' | 'role'> | null

/** Only a draft is edited (an approved order is changed through 改版, which makes a new draft revision). */
export function orderEditable(order: Subject, user: Viewer): boolean {
  if (!user || !can(user.role, 'purchase.order')) return false
  return order === null || order.status === 'draft'
}

/** An approver who did not make the order and has not approved this revision yet. */
export function mayDecide(order: NonNullable<Subject>, user: NonNullable<Viewer>): boolean {
  return (
    order.status === 'pending' &&
    can(user.role, 'purchase.approve') &&
    order.createdById !== user.id &&
    !order.approvals.some((approval) => approval.userId === user.id)
  )
}

/**
 * The buttons of an order for a user, by its status. They hide what the core would refuse anyway; the
 * core decides (it also refuses the one who revised an order, which the order here does not say).
 */
export function orderActions(order: Subject, user: Viewer): OrderAction[] {
  if (!user) return []
  const orders = can(user.role, 'purchase.order')
  if (order === null) return orders ? ['save', 'submit'] : []
  const actions: OrderAction[] = []
  const received = order.lines.some((line) => line.receivedMilli > 0)
  switch (order.status) {
    case 'draft':
      if (orders) actions.push('save', 'submit', 'delete')
      break
    case 'pending':
      if (mayDecide(order, user)) actions.push('approve', 'reject')
      if (orders) actions.push('cancel')
      break
    case 'approved':
      if (orders) actions.push('markSent', 'revise', 'cancel')
      break
    case 'sent':
    case 'partial':
      // Changing an order that goods came against is not a revision: short-close the rest instead.
      if (orders && order.status === 'sent') actions.push('revise')
      if (orders) actions.push('shortClose')
      if (orders && !received) actions.push('cancel')
      break
    default:
      break
  }
  actions.push('print')
  return actions
}

/** Lines that can still be short-closed: not closed and not received in full. */
export function openLines(order: Pick<PurchaseOrder, 'status' | 'lines'>): number[] {
  if (!['sent', 'partial'].includes(order.status)) return []
  return order.lines
    .filter((line) => line.closedReason === null && line.receivedMilli < line.baseQtyMilli)
    .map((line) => line.lineNo)
}
