import type { RequisitionView, User } from '@shared/contract'
import { can } from '@shared/permissions'

export type RequisitionAction = 'save' | 'submit' | 'delete' | 'approve' | 'reject' | 'print'

type Subject = Pick<RequisitionView, 'actions' | 'status'> | null
type Viewer = Pick<User, 'role'> | null

/** A saved requisition is edited when the core lists 'edit' for this user; a new one by the role's permission. */
export function requisitionEditable(requisition: Subject, user: Viewer): boolean {
  if (requisition) return requisition.actions.includes('edit')
  return user !== null && can(user.role, 'purchase.request')
}

/**
 * The buttons of a requisition: the actions the core lists with it for this user (it decides by role,
 * status and who asked), and print once it has left the draft; a new one may be saved and submitted by
 * whoever may request.
 */
export function requisitionActions(requisition: Subject, user: Viewer): RequisitionAction[] {
  if (!requisition) return requisitionEditable(null, user) ? ['save', 'submit'] : []
  const buttons = requisition.actions.flatMap((action): RequisitionAction[] => {
    if (action === 'edit') return ['save']
    return action === 'order' ? [] : [action]
  })
  return requisition.status === 'draft' ? buttons : ['print', ...buttons]
}
