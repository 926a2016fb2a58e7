/**
 * The purchasing editors' buttons come from the actions the core lists with each document (who may do
 * what in which status is tested against the core itself in tests/core/actions.test.ts); a new document
 * may be saved and submitted by the role's permission.
 */
import { describe, expect, it } from 'vitest'
import type { OrderAction, PurchaseOrder, RequisitionAction, RequisitionStatus, Role } from '@shared/contract'
import { openLines, orderActions, orderEditable } from '@/views/order-editor/modules/order-actions'
import { requisitionActions, requisitionEditable } from '@/views/requisition-editor/modules/requisition-actions'

const user = (role: Role) => ({ role })

describe('purchase order buttons', () => {
  it('a new order is saved and submitted by whoever may order', () => {
    expect(orderActions(null, user('purchaser'))).toEqual(['save', 'submit'])
    expect(orderActions(null, user('storekeeper'))).toEqual([])
    expect(orderEditable(null, user('admin'))).toBe(true)
    expect(orderEditable(null, null)).toBe(false)
  })

  it('a saved order shows the core’s actions as buttons, and print; receiving is another screen', () => {
    const listed = (actions: OrderAction[]) => ({ actions })
    expect(orderActions(listed(['edit', 'submit', 'delete', 'cancel']), user('purchaser'))).toEqual([
      'save',
      'submit',
      'delete',
      'cancel',
      'print',
    ])
    expect(orderActions(listed(['approve', 'reject']), user('approver'))).toEqual(['approve', 'reject', 'print'])
    expect(orderActions(listed(['receive']), user('storekeeper'))).toEqual(['print'])
    // The role alone does not make an order editable: only the core's 'edit' does.
    expect(orderEditable(listed(['markSent', 'revise']), user('purchaser'))).toBe(false)
    expect(orderEditable(listed(['edit']), user('purchaser'))).toBe(true)
  })

  it('offers short-close on lines neither closed nor received in full', () => {
    const lines = [
      { lineNo: 1, receivedMilli: 10_000, baseQtyMilli: 10_000, closedReason: null },
      { lineNo: 2, receivedMilli: 0, baseQtyMilli: 5000, closedReason: '缺货' },
      { lineNo: 3, receivedMilli: 1000, baseQtyMilli: 5000, closedReason: null },
    ] as PurchaseOrder['lines']
    expect(openLines({ lines })).toEqual([3])
  })
})

describe('requisition buttons', () => {
  const listed = (actions: RequisitionAction[], status: RequisitionStatus = 'draft') => ({ actions, status })

  it('a new one is saved and submitted by whoever may request', () => {
    expect(requisitionActions(null, user('storekeeper'))).toEqual(['save', 'submit'])
    expect(requisitionActions(null, user('viewer'))).toEqual([])
  })

  it('a saved one shows the core’s actions; 集中采购 is the list’s', () => {
    expect(requisitionActions(listed(['edit', 'submit', 'delete']), user('storekeeper'))).toEqual([
      'save',
      'submit',
      'delete',
    ])
    expect(requisitionActions(listed(['approve', 'reject', 'order'], 'submitted'), user('admin'))).toEqual([
      'print',
      'approve',
      'reject',
    ])
    expect(requisitionEditable(listed(['approve', 'reject']), user('admin'))).toBe(false)
    expect(requisitionEditable(listed(['edit']), user('storekeeper'))).toBe(true)
  })

  it('prints once it has left the draft', () => {
    expect(requisitionActions(listed(['edit', 'delete']), user('storekeeper'))).not.toContain('print')
    expect(requisitionActions(listed([], 'approved'), user('viewer'))).toEqual(['print'])
  })
})
