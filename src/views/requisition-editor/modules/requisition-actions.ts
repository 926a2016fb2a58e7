import type { Requisition, User } from '@shared/contract'
import { can } from '@shared/permissions'

export type RequisitionAction = 'save' | 'submit' | 'delete' | 'approve' | 'reject'

type Subject = Pick<Requisition, 'status' | 'requestedById'> | null
type Viewer = Pick<User, 'id' | 'role'> | null

/**
 * A requisition is edited by its requester while a draft, or after it was sent back (保存 makes it a
 * draft again); a new one by anyone who may request.
 */
export function requisitionEditable(requisition: Subject, user: Viewer): boolean {
  if (!user || !can(user.role, 'purchase.request')) return false
  if (!requisition) return true
  return requisition.requestedById === user.id && ['draft', 'rejected'].includes(requisition.status)
}

/**
 * The buttons a user sees on a requisition. Only hides what the core would refuse: approving is for an
 * approver who is not the requester (the core checks again, for every role).
 */
export function requisitionActions(requisition: Subject, user: Viewer): RequisitionAction[] {
  if (!user) return []
  if (requisitionEditable(requisition, user)) {
    const actions: RequisitionAction[] = ['save', 'submit']
    if (requisition?.status === 'draft') actions.push('delete')
    return actions
  }
  if (
    requisition?.status === 'submitted' &&
    requisition.requestedById !== user.id &&
    can(user.role, 'purchase.approve')
  )
    return ['approve', 'reject']
  return []
}
