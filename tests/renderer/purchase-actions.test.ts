import { describe, expect, it } from 'vitest'
import type { PoApproval, PoStatus, PurchaseOrder, RequisitionStatus, Role } from '@shared/contract'
import { openLines, orderActions, orderEditable } from '@/views/order-editor/modules/order-actions'
import { requisitionActions, requisitionEditable } from '@/views/requisition-editor/modules/requisition-actions'

const user = (id: number, role: Role) => ({ id, role })
const buyer = user(2, 'purchaser')
const boss = user(3, 'approver')
const keeper = user(4, 'storekeeper')
const viewer = user(5, 'viewer')
const admin = user(1, 'admin')

type Line = Pick<PurchaseOrder['lines'][number], 'lineNo' | 'receivedMilli' | 'baseQtyMilli' | 'closedReason'>
const order = (status: PoStatus, extra: { createdById?: number; approvals?: PoApproval[]; lines?: Line[] } = {}) =>
  ({
    status,
    createdById: extra.createdById ?? buyer.id,
    approvals: extra.approvals ?? [],
    lines: (extra.lines ?? [
      { lineNo: 1, receivedMilli: 0, baseQtyMilli: 10_000, closedReason: null },
    ]) as PurchaseOrder['lines'],
  }) satisfies Parameters<typeof orderActions>[0]

describe('purchase order actions by status and role', () => {
  it('a new or draft order is edited by those who order; others see it read-only', () => {
    expect(orderActions(null, buyer)).toEqual(['save', 'submit'])
    expect(orderActions(null, keeper)).toEqual([])
    expect(orderActions(order('draft'), buyer)).toEqual(['save', 'submit', 'delete', 'print'])
    expect(orderActions(order('draft'), boss)).toEqual(['print'])
    expect(orderEditable(order('draft'), buyer)).toBe(true)
    expect(orderEditable(order('approved'), buyer)).toBe(false)
    expect(orderEditable(order('draft'), viewer)).toBe(false)
  })

  it('a pending order is decided by an approver who did not make it and has not approved it yet', () => {
    expect(orderActions(order('pending'), boss)).toEqual(['approve', 'reject', 'print'])
    expect(orderActions(order('pending', { createdById: boss.id }), boss)).toEqual(['print'])
    // The administrator may approve, but never their own order.
    expect(orderActions(order('pending'), admin)).toEqual(['approve', 'reject', 'cancel', 'print'])
    expect(orderActions(order('pending', { createdById: admin.id }), admin)).toEqual(['cancel', 'print'])
    const approvedOnce = order('pending', {
      approvals: [{ userId: boss.id, userName: 'boss', at: '', revision: 1, comment: '' }],
    })
    expect(orderActions(approvedOnce, boss)).toEqual(['print'])
    expect(orderActions(approvedOnce, user(6, 'approver'))).toEqual(['approve', 'reject', 'print'])
    expect(orderActions(order('pending'), buyer)).toEqual(['cancel', 'print'])
  })

  it('after approval: send, revise, cancel; once sent: short-close, and cancel only while nothing came', () => {
    expect(orderActions(order('approved'), buyer)).toEqual(['markSent', 'revise', 'cancel', 'print'])
    expect(orderActions(order('sent'), buyer)).toEqual(['revise', 'shortClose', 'cancel', 'print'])
    const received = [{ lineNo: 1, receivedMilli: 4000, baseQtyMilli: 10_000, closedReason: null }]
    expect(orderActions(order('partial', { lines: received }), buyer)).toEqual(['shortClose', 'print'])
    for (const status of ['received', 'closed', 'cancelled'] as const) {
      expect(orderActions(order(status), buyer)).toEqual(['print'])
    }
    expect(orderActions(order('sent'), keeper)).toEqual(['print'])
  })

  it('short-closes only open lines of a sent or partly received order', () => {
    const lines = [
      { lineNo: 1, receivedMilli: 10_000, baseQtyMilli: 10_000, closedReason: null },
      { lineNo: 2, receivedMilli: 0, baseQtyMilli: 5000, closedReason: '缺货' },
      { lineNo: 3, receivedMilli: 1000, baseQtyMilli: 5000, closedReason: null },
    ] as PurchaseOrder['lines']
    expect(openLines({ status: 'partial', lines })).toEqual([3])
    expect(openLines({ status: 'approved', lines })).toEqual([])
  })
})

describe('requisition actions by status and role', () => {
  const requisition = (status: RequisitionStatus, requestedById = keeper.id) => ({ status, requestedById })

  it('the requester edits a draft or a rejected one; a new one anyone who may request', () => {
    expect(requisitionActions(null, keeper)).toEqual(['save', 'submit'])
    expect(requisitionActions(null, viewer)).toEqual([])
    expect(requisitionActions(requisition('draft'), keeper)).toEqual(['save', 'submit', 'delete'])
    expect(requisitionActions(requisition('rejected'), keeper)).toEqual(['save', 'submit'])
    expect(requisitionEditable(requisition('draft'), buyer)).toBe(false)
    expect(requisitionEditable(requisition('submitted'), keeper)).toBe(false)
  })

  it('a submitted one is approved or rejected by an approver other than the requester', () => {
    expect(requisitionActions(requisition('submitted'), boss)).toEqual(['approve', 'reject'])
    expect(requisitionActions(requisition('submitted', boss.id), boss)).toEqual([])
    expect(requisitionActions(requisition('submitted'), buyer)).toEqual([])
    expect(requisitionActions(requisition('approved'), boss)).toEqual([])
  })
})
