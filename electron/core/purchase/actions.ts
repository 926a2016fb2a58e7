/**
 * The actions on purchase orders and requisitions, for the caller: the `actions` list returned with each
 * one and the guard of the routes that do them (see ../actions.ts). Nobody approves or rejects what they
 * authored — created, edited, submitted or revised (./authors.ts) — the administrator included. A draft is
 * changed, submitted or deleted only by an author or the administrator (who thereby becomes one).
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
import { isAuthor, type AuthoredKind } from './authors'
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

const NAMES: Record<AuthoredKind, { zh: string; en: string }> = {
  order: { zh: '采购订单', en: 'purchase order' },
  requisition: { zh: '采购申请', en: 'requisition' },
}

/** An author may not approve or reject it. */
export function ownRefusal(core: Core, kind: AuthoredKind, id: number, user: User): ApiError | null {
  if (!isAuthor(core.db, kind, id, user.id)) return null
  return new ApiError('FORBIDDEN', {
    zh: `不能审批自己创建或修改过的${NAMES[kind].zh}`,
    en: `Nobody approves a ${NAMES[kind].en} they created or changed`,
  })
}

/** Only an author, or the administrator, changes a draft. */
export function authorOnly(core: Core, kind: AuthoredKind, id: number, user: User): ApiError | null {
  if (user.role === 'admin' || isAuthor(core.db, kind, id, user.id)) return null
  return new ApiError('FORBIDDEN', {
    zh: `只有创建或修改过此${NAMES[kind].zh}的人（或管理员）才能修改、提交或删除它`,
    en: `Only those who created or changed this ${NAMES[kind].en} (or the administrator) may change, submit or delete it`,
  })
}

const decide = (order: Order, user: User, core: Core) =>
  orderStatus(order, 'pending') ?? ownRefusal(core, 'order', order.id, user)

const draftByAuthor = (order: Order, user: User, core: Core) =>
  orderStatus(order, 'draft') ?? authorOnly(core, 'order', order.id, user)

export const ORDER_RULES: ActionRules<OrderAction, Order> = {
  edit: { permission: 'purchase.order', refuse: draftByAuthor },
  submit: { permission: 'purchase.order', refuse: draftByAuthor },
  delete: {
    permission: 'purchase.order',
    refuse: (order, user, core) =>
      draftByAuthor(order, user, core) ??
      (order.revision > 1
        ? conflict('已审批过的订单不能删除，请作废', 'A revised order is cancelled, not deleted')
        : null),
  },
  approve: {
    permission: 'purchase.approve',
    refuse: (order, user, core) =>
      decide(order, user, core) ??
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

type Req = Pick<RequisitionSummary, 'id' | 'reqNo' | 'status'>

function requisitionStatus(requisition: Req, ...statuses: Req['status'][]): ApiError | null {
  if (statuses.includes(requisition.status)) return null
  return conflict(
    `采购申请 ${requisition.reqNo} 当前状态不允许此操作`,
    `Requisition ${requisition.reqNo} is ${requisition.status}`,
  )
}

/** A requisition sent back (rejected) is edited and submitted again by an author. */
const authorWhile =
  (...statuses: Req['status'][]) =>
  (requisition: Req, user: User, core: Core) =>
    requisitionStatus(requisition, ...statuses) ?? authorOnly(core, 'requisition', requisition.id, user)

const decideRequisition = (requisition: Req, user: User, core: Core) =>
  requisitionStatus(requisition, 'submitted') ?? ownRefusal(core, 'requisition', requisition.id, user)

export const REQUISITION_RULES: ActionRules<RequisitionAction, Req> = {
  edit: { permission: 'purchase.request', refuse: authorWhile('draft', 'rejected') },
  submit: { permission: 'purchase.request', refuse: authorWhile('draft', 'rejected') },
  delete: { permission: 'purchase.request', refuse: authorWhile('draft') },
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
