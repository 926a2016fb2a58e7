import type { OrderAction as CoreAction, PurchaseOrder, PurchaseOrderView, User } from '@shared/contract'
import { can } from '@shared/permissions'

export type OrderAction =
  'save' | 'submit' | 'delete' | 'approve' | 'reject' | 'markSent' | 'revise' | 'cancel' | 'shortClose' | 'print'

type Viewer = Pick<User, 'role'> | null

/** The core's actions as this screen's buttons (保存 is 'edit'); 验收 is the receiving screen's. */
const BUTTON: Partial<Record<CoreAction, OrderAction>> = {
  edit: 'save',
  submit: 'submit',
  delete: 'delete',
  approve: 'approve',
  reject: 'reject',
  markSent: 'markSent',
  revise: 'revise',
  cancel: 'cancel',
  shortClose: 'shortClose',
}

/** A saved order is edited when the core lists 'edit' for this user; a new one by the role's permission. */
export function orderEditable(order: Pick<PurchaseOrderView, 'actions'> | null, user: Viewer): boolean {
  if (order) return order.actions.includes('edit')
  return user !== null && can(user.role, 'purchase.order')
}

/**
 * The buttons of an order: the actions the core lists with it for this user (it decides by role, status
 * and who made or revised it), and print; a new order may be saved and submitted by whoever may order.
 */
export function orderActions(order: Pick<PurchaseOrderView, 'actions'> | null, user: Viewer): OrderAction[] {
  if (!order) return orderEditable(null, user) ? ['save', 'submit'] : []
  return [...order.actions.flatMap((action) => BUTTON[action] ?? []), 'print']
}

/** The lines a short-close button is offered on: not closed and not received in full. */
export function openLines(order: Pick<PurchaseOrder, 'lines'>): number[] {
  return order.lines
    .filter((line) => line.closedReason === null && line.receivedMilli < line.baseQtyMilli)
    .map((line) => line.lineNo)
}
