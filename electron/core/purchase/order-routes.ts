import type { OrderAction, PurchaseOrder, PurchaseOrderView } from '../../shared/contract'
import { timestamp } from '../context'
import { repeatedCreate } from '../request-id'
import { route, signedIn, type RouteContext } from '../route'
import { orderFor, requireOrderAction } from './actions'
import { approveOrder, cancelOrder, markSent, rejectOrder, reviseOrder, shortClose, submitOrder } from './lifecycle'
import { listOrders, orderView, priceOrderLines, saveOrder } from './orders'
import { receiveOrder } from './receiving'
import { refreshRequisition } from './requisitions'

import { nextNo } from './draft-orders'

export const orderRoutes = {
  'orders.list': route<'orders.list'>()({
    access: 'purchase.read',
    handler: (ctx, input) => ({
      ...listOrders(ctx.core, input, signedIn(ctx).id),
      page: input.page,
      pageSize: input.pageSize,
    }),
  }),
  'orders.get': route<'orders.get'>()({
    access: 'purchase.read',
    handler: (ctx, input) => orderFor(ctx.core, input.id, signedIn(ctx)),
  }),
  'orders.findByNo': route<'orders.findByNo'>()({
    access: 'purchase.read',
    handler: (ctx, input) => {
      const row = ctx.core.db
        .prepare('SELECT id FROM purchase_orders WHERE po_no = ?')
        .get(input.poNo.toUpperCase()) as { id: number } | undefined
      return row ? orderFor(ctx.core, row.id, signedIn(ctx)) : null
    },
  }),
  'orders.create': route<'orders.create'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const again = repeatedCreate(ctx, 'purchase_orders', input.requestId)
      if (again) return orderFor(ctx.core, again, signedIn(ctx))
      const lines = priceOrderLines(ctx.core, input)
      const poNo = nextNo(ctx.core, 'docPrefix.CG')
      const id = saveOrder(ctx.core, input, lines, { requestId: input.requestId, poNo, userId: signedIn(ctx).id })
      ctx.note({ target: `order:${id}`, summary: `新建采购订单 ${poNo}` })
      return orderFor(ctx.core, id, signedIn(ctx))
    },
  }),
  'orders.update': route<'orders.update'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      requireOrderAction(ctx.core, input.id, signedIn(ctx), 'edit')
      const before = orderView(ctx.core, input.id)
      saveOrder(ctx.core, input, priceOrderLines(ctx.core, input), { id: input.id, userId: signedIn(ctx).id })
      const after = orderView(ctx.core, input.id)
      ctx.note({
        target: `order:${input.id}`,
        summary: `修改采购订单 ${before.poNo}（第 ${before.revision} 版）`,
        before,
        after,
      })
      return orderFor(ctx.core, input.id, signedIn(ctx))
    },
  }),
  'orders.delete': route<'orders.delete'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      requireOrderAction(ctx.core, input.id, signedIn(ctx), 'delete')
      const before = orderView(ctx.core, input.id)
      ctx.core.db.prepare('DELETE FROM purchase_orders WHERE id = ?').run(input.id)
      for (const id of new Set(before.lines.flatMap((l) => l.sources.map((s) => s.requisitionId)))) {
        refreshRequisition(ctx.core.db, id, timestamp(ctx.core))
      }
      ctx.note({ target: `order:${input.id}`, summary: `删除采购订单草稿 ${before.poNo}`, before })
      return { ok: true }
    },
  }),
  'orders.submit': route<'orders.submit'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) =>
      step(ctx, input.id, 'submit', () => submitOrder(ctx.core, input.id, signedIn(ctx)), '提交'),
  }),
  'orders.approve': route<'orders.approve'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) =>
      step(ctx, input.id, 'approve', () => approveOrder(ctx.core, input.id, signedIn(ctx), input.comment), '审批通过'),
  }),
  'orders.reject': route<'orders.reject'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) =>
      step(ctx, input.id, 'reject', () => rejectOrder(ctx.core, input.id), `退回（${input.comment}）`),
  }),
  'orders.markSent': route<'orders.markSent'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      // Idempotent: marking a sent order sent again returns it unchanged.
      if (orderView(ctx.core, input.id).status === 'sent') return orderFor(ctx.core, input.id, signedIn(ctx))
      return step(ctx, input.id, 'markSent', () => markSent(ctx.core, input.id), '标记已发送')
    },
  }),
  'orders.revise': route<'orders.revise'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) =>
      step(ctx, input.id, 'revise', () => reviseOrder(ctx.core, input.id, signedIn(ctx)), '改版'),
  }),
  'orders.cancel': route<'orders.cancel'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) =>
      step(ctx, input.id, 'cancel', () => cancelOrder(ctx.core, input.id, input.reason), `作废（${input.reason}）`),
  }),
  'orders.shortClose': route<'orders.shortClose'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) =>
      step(
        ctx,
        input.id,
        'shortClose',
        () => shortClose(ctx.core, input.id, input.lineNo, input.reason),
        `短结${input.lineNo ? `第 ${input.lineNo} 行` : ''}（${input.reason}）`,
      ),
  }),
  'orders.receive': route<'orders.receive'>()({
    access: 'purchase.receive',
    mutates: true,
    handler: (ctx, input) => {
      const receipt = receiveOrder(ctx.core, input, signedIn(ctx))
      const order = orderFor(ctx.core, input.id, signedIn(ctx))
      ctx.note({ target: `order:${input.id}`, summary: `采购入库 ${receipt.receiptNo}（订单 ${order.poNo}）` })
      return { ...receipt, order }
    },
  }),
}

/** One step of the lifecycle: the guard, the step, its audit note, and the order as the caller now sees it. */
function step(
  ctx: RouteContext,
  id: number,
  action: OrderAction,
  run: () => PurchaseOrder,
  what: string,
): PurchaseOrderView {
  requireOrderAction(ctx.core, id, signedIn(ctx), action)
  const order = run()
  ctx.note({ target: `order:${order.id}`, summary: `采购订单 ${order.poNo} ${what}，状态 ${order.status}` })
  return orderFor(ctx.core, id, signedIn(ctx))
}
