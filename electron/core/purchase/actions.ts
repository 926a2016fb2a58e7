/**
 * The actions on purchase orders and requisitions, for the caller: the `actions` list returned with each
 * one and the guard of the routes that do them (see ../actions.ts). Nobody approves or rejects what they
 * created or revised — the administrator included.
 */
import type {
  OrderAction,
  PurchaseOrder,
  PurchaseOrderView,
  RequisitionAction,
  RequisitionSummary,
  User,
} from '../../shared/contract'
import { ApiError, conflict } from '../../shared/errors'
import { allowedActions, requireAction, type ActionRules } from '../actions'
import type { Core } from '../context'
import { requireOrder } from './orders'

type Order = PurchaseOrder & { revisedById: number | null }
type Status = Order['status']

function orderStatus(order: Order, ...statuses: Status[]): ApiError | null {
  if (statuses.includes(order.status)) return null
  return conflict(
    `采购订单 ${order.poNo} 当前状态（${order.status}）不允许此操作`,
    `Order ${order.poNo} is ${order.status}`,
  )
}

export function ownRefusal(createdBy: number, revisedBy: number | null, user: User, what: string): ApiError | null {
  if (createdBy !== user.id && revisedBy !== user.id) return null
  return new ApiError('FORBIDDEN', {
    zh: `不能审批自己创建或修改的${what}`,
    en: `Nobody approves a ${what === '采购申请' ? 'requisition' : 'purchase order'} they made themselves`,
  })
}

const decide = (order: Order, user: User) =>
  orderStatus(order, 'pending') ?? ownRefusal(order.createdById, order.revisedById, user, '采购订单')

export const ORDER_RULES: ActionRules<OrderAction, Order> = {
  edit: { permission: 'purchase.order', refuse: (order) => orderStatus(order, 'draft') },
  submit: { permission: 'purchase.order', refuse: (order) => orderStatus(order, 'draft') },
  delete: {
    permission: 'purchase.order',
    refuse: (order) =>
      orderStatus(order, 'draft') ??
      (order.revision > 1
        ? conflict('已审批过的订单不能删除，请作废', 'A revised order is cancelled, not deleted')
        : null),
  },
  approve: {
    permission: 'purchase.approve',
    refuse: (order, user) =>
      decide(order, user) ??
      (order.approvals.some((a) => a.userId === user.id)
        ? conflict('您已审批过此订单，需要另一位审批人', 'You approved this order already; it needs another approver')
        : null),
  },
  reject: { permission: 'purchase.approve', refuse: decide },
  markSent: { permission: 'purchase.order', refuse: (order) => orderStatus(order, 'approved') },
  revise: { permission: 'purchase.order', refuse: (order) => orderStatus(order, 'approved', 'sent') },
  receive: { permission: 'purchase.receive', refuse: (order) => orderStatus(order, 'approved', 'sent', 'partial') },
  shortClose: {
    permission: 'purchase.order',
    refuse: (order) =>
      orderStatus(order, 'approved', 'sent', 'partial') ??
      (order.lines.every((line) => line.closedReason !== null)
        ? conflict('没有可短结的行', 'No open line to close')
        : null),
  },
  cancel: {
    permission: 'purchase.order',
    refuse: (order) =>
      orderStatus(order, 'draft', 'pending', 'approved', 'sent') ??
      (order.lines.some((line) => line.receivedMilli > 0)
        ? conflict('订单已有到货，不能作废；请对未到部分短结', 'Goods were received; short-close the rest instead')
        : null),
  },
}

/** The order the guard passed, for the action to work on. */
export function requireOrderAction(core: Core, id: number, user: User, action: OrderAction): Order {
  const order = requireOrder(core, id)
  requireAction(ORDER_RULES, action, order, user, core)
  return order
}

/** The order as the caller sees it: without the internal reviser id, with what they may do to it. */
export function orderFor(core: Core, id: number, user: User): PurchaseOrderView {
  const order = requireOrder(core, id)
  const { revisedById: _revisedBy, ...view } = order
  return { ...view, actions: allowedActions(ORDER_RULES, order, user, core) }
}

type Req = Pick<RequisitionSummary, 'reqNo' | 'status' | 'requestedById'>

function requisitionStatus(requisition: Req, ...statuses: Req['status'][]): ApiError | null {
  if (statuses.includes(requisition.status)) return null
  return conflict(
    `采购申请 ${requisition.reqNo} 当前状态不允许此操作`,
    `Requisition ${requisition.reqNo} is ${requisition.status}`,
  )
}

const requesterOnly = (requisition: Req, user: User) =>
  requisition.requestedById === user.id
    ? null
    : conflict('只能修改自己的采购申请', 'Only the requester edits a requisition')

/** A requisition sent back (rejected) is edited and submitted again by its requester. */
const requesterWhile =
  (...statuses: Req['status'][]) =>
  (requisition: Req, user: User) =>
    requisitionStatus(requisition, ...statuses) ?? requesterOnly(requisition, user)

const decideRequisition = (requisition: Req, user: User) =>
  requisitionStatus(requisition, 'submitted') ?? ownRefusal(requisition.requestedById, null, user, '采购申请')

export const REQUISITION_RULES: ActionRules<RequisitionAction, Req> = {
  edit: { permission: 'purchase.request', refuse: requesterWhile('draft', 'rejected') },
  submit: { permission: 'purchase.request', refuse: requesterWhile('draft', 'rejected') },
  delete: { permission: 'purchase.request', refuse: requesterWhile('draft') },
  approve: { permission: 'purchase.approve', refuse: decideRequisition },
  reject: { permission: 'purchase.approve', refuse: decideRequisition },
  order: { permission: 'purchase.order', refuse: (requisition) => requisitionStatus(requisition, 'approved') },
}

export const requireRequisitionAction = (core: Core, requisition: Req, user: User, action: RequisitionAction) =>
  requireAction(REQUISITION_RULES, action, requisition, user, core)

export const requisitionFor = <R extends Req>(core: Core, requisition: R, user: User) => ({
  ...requisition,
  actions: allowedActions(REQUISITION_RULES, requisition, user, core),
})
