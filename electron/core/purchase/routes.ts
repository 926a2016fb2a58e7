import type { PoSummary, PurchaseOrder } from '../../shared/contract'
import { badInput, conflict } from '../../shared/errors'
import { localDate, timestamp, type Core } from '../context'
import { repeatedCreate } from '../request-id'
import { route, signedIn, type RouteContext } from '../route'
import { allocateDocNo } from '../stock/documents'
import { getSetting } from '../system/settings'
import { getItem } from '../items/repository'
import {
  approveOrder,
  cancelOrder,
  markSent,
  refuseOwn,
  rejectOrder,
  reviseOrder,
  shortClose,
  submitOrder,
} from './lifecycle'
import { listOrders, orderView, priceOrderLines, requireOrderStatus, saveOrder, type OrderFields } from './orders'
import { dashboard, lastBasePrice, priceHistory, reorderSuggestions } from './planning'
import { receiveOrder } from './receiving'
import {
  checkRequisition,
  getRequisition,
  listRequisitions,
  refreshRequisition,
  requireRequisition,
  requireRequisitionStatus,
  saveRequisition,
  setRequisitionStatus,
} from './requisitions'
import { purchaseSettings, savePurchaseSettings } from './settings'

const today = (core: Core) => localDate(core.now())
const nextNo = (core: Core, key: 'docPrefix.CG' | 'docPrefix.SQ') =>
  allocateDocNo(core.db, getSetting(core.db, key), today(core))

/** Draft orders, one per supplier, each line priced at the supplier's last price (or the item's reference). */
function draftOrdersBySupplier(
  ctx: RouteContext,
  requestId: string,
  warehouseId: number,
  lines: {
    itemId: number
    supplierId: number
    qtyMilli: number
    sources?: { requisitionId: number; lineNo: number }[]
  }[],
): PoSummary[] {
  const core = ctx.core
  const user = signedIn(ctx)
  const bySupplier = new Map<number, typeof lines>()
  for (const line of lines) bySupplier.set(line.supplierId, [...(bySupplier.get(line.supplierId) ?? []), line])
  const made: PoSummary[] = []
  let index = 0
  for (const [supplierId, group] of bySupplier) {
    // Lines of one item merge into one order line that keeps a link to every request it serves.
    const merged = new Map<
      number,
      { qtyMilli: number; sources: { requisitionId: number; lineNo: number; qtyMilli: number }[] }
    >()
    for (const line of group) {
      const entry = merged.get(line.itemId) ?? { qtyMilli: 0, sources: [] }
      entry.qtyMilli += line.qtyMilli
      for (const source of line.sources ?? []) entry.sources.push({ ...source, qtyMilli: line.qtyMilli })
      merged.set(line.itemId, entry)
    }
    const fields: OrderFields = {
      supplierId,
      warehouseId,
      expectedDate: null,
      paymentTerms: '',
      deliveryTerms: '',
      note: '',
      lines: [...merged].map(([itemId, entry]) => ({
        itemId,
        packName: null,
        qtyMilli: entry.qtyMilli,
        priceE4: lastBasePrice(core.db, itemId, supplierId) ?? getItem(core.db, itemId)?.refPriceE4 ?? 0,
        taxRateBp: null,
      })),
    }
    const sources = new Map([...merged.values()].map((entry, i) => [i, entry.sources]))
    const id = saveOrder(
      core,
      fields,
      priceOrderLines(core, fields),
      { requestId: `${requestId}:${index++}`, poNo: nextNo(core, 'docPrefix.CG'), userId: user.id },
      sources,
    )
    made.push(orderView(core, id))
  }
  return made
}

export const purchaseRoutes = {
  'requisitions.list': route<'requisitions.list'>()({
    access: 'purchase.read',
    handler: (ctx, input) => ({
      ...listRequisitions(ctx.core.db, input, signedIn(ctx).id),
      page: input.page,
      pageSize: input.pageSize,
    }),
  }),
  'requisitions.get': route<'requisitions.get'>()({
    access: 'purchase.read',
    handler: (ctx, input) => requireRequisition(ctx.core, input.id),
  }),
  'requisitions.create': route<'requisitions.create'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const again = repeatedCreate(ctx, 'requisitions', input.requestId)
      if (again) return requireRequisition(ctx.core, again)
      checkRequisition(ctx.core, input)
      const reqNo = nextNo(ctx.core, 'docPrefix.SQ')
      const id = saveRequisition(ctx.core, input, { requestId: input.requestId, reqNo, userId: signedIn(ctx).id })
      ctx.note({ target: `requisition:${id}`, summary: `新建采购申请 ${reqNo}` })
      return requireRequisition(ctx.core, id)
    },
  }),
  'requisitions.update': route<'requisitions.update'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireRequisition(ctx.core, input.id)
      requireRequisitionStatus(before, 'draft', 'rejected')
      if (before.requestedById !== signedIn(ctx).id)
        throw conflict('只能修改自己的采购申请', 'Only the requester edits a requisition')
      checkRequisition(ctx.core, input)
      saveRequisition(ctx.core, input, { id: input.id })
      setRequisitionStatus(ctx.core.db, input.id, 'draft', timestamp(ctx.core))
      const after = requireRequisition(ctx.core, input.id)
      ctx.note({ target: `requisition:${input.id}`, summary: `修改采购申请 ${before.reqNo}`, before, after })
      return after
    },
  }),
  'requisitions.delete': route<'requisitions.delete'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireRequisition(ctx.core, input.id)
      requireRequisitionStatus(before, 'draft')
      ctx.core.db.prepare('DELETE FROM requisitions WHERE id = ?').run(input.id)
      ctx.note({ target: `requisition:${input.id}`, summary: `删除采购申请 ${before.reqNo}`, before })
      return { ok: true }
    },
  }),
  'requisitions.submit': route<'requisitions.submit'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const requisition = requireRequisition(ctx.core, input.id)
      requireRequisitionStatus(requisition, 'draft')
      const at = timestamp(ctx.core)
      ctx.core.db
        .prepare("UPDATE requisitions SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?")
        .run(at, at, input.id)
      ctx.note({ target: `requisition:${input.id}`, summary: `提交采购申请 ${requisition.reqNo}` })
      return requireRequisition(ctx.core, input.id)
    },
  }),
  'requisitions.approve': route<'requisitions.approve'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) => decideRequisition(ctx, input.id, 'approved', input.comment),
  }),
  'requisitions.reject': route<'requisitions.reject'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) => decideRequisition(ctx, input.id, 'rejected', input.comment),
  }),
  'requisitions.toOrders': route<'requisitions.toOrders'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const lines = input.lines.map((entry) => {
        const requisition = getRequisition(db, entry.requisitionId)
        const line = requisition?.lines.find((l) => l.lineNo === entry.lineNo)
        const where = `${requisition?.reqNo ?? entry.requisitionId} 第 ${entry.lineNo} 行`
        if (!requisition || !line) throw badInput(`${where}：不存在`, `${where}: not found`)
        if (requisition.status !== 'approved') throw conflict(`${where}：采购申请未审批通过`, `${where}: not approved`)
        const itemId = line.itemId ?? entry.itemId
        if (!itemId)
          throw badInput(
            `${where}：「${line.name}」不在物资目录中，请先选择或新建物资`,
            `${where}: choose a catalogue item`,
          )
        if (line.itemId === null)
          db.prepare('UPDATE requisition_lines SET item_id = ? WHERE requisition_id = ? AND line_no = ?').run(
            itemId,
            requisition.id,
            line.lineNo,
          )
        const item = getItem(db, itemId)
        const supplierId = entry.supplierId ?? item?.defaultSupplierId
        if (!supplierId)
          throw badInput(`${where}：「${line.name}」没有默认供应商，请指定`, `${where}: choose a supplier`)
        const remaining = line.qtyMilli - line.orderedMilli
        if (remaining <= 0) throw conflict(`${where}：已全部下单`, `${where}: already ordered`)
        return {
          itemId,
          supplierId,
          qtyMilli: remaining,
          sources: [{ requisitionId: requisition.id, lineNo: line.lineNo }],
        }
      })
      const made = draftOrdersBySupplier(ctx, input.requestId, input.warehouseId, lines)
      const at = timestamp(ctx.core)
      for (const id of new Set(input.lines.map((l) => l.requisitionId))) refreshRequisition(db, id, at)
      ctx.note({
        target: 'orders',
        summary: `由采购申请生成 ${made.length} 张采购订单：${made.map((o) => o.poNo).join('、')}`,
      })
      return made
    },
  }),

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
    handler: (ctx, input) => orderView(ctx.core, input.id),
  }),
  'orders.findByNo': route<'orders.findByNo'>()({
    access: 'purchase.read',
    handler: (ctx, input) => {
      const row = ctx.core.db
        .prepare('SELECT id FROM purchase_orders WHERE po_no = ?')
        .get(input.poNo.toUpperCase()) as { id: number } | undefined
      return row ? orderView(ctx.core, row.id) : null
    },
  }),
  'orders.create': route<'orders.create'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const again = repeatedCreate(ctx, 'purchase_orders', input.requestId)
      if (again) return orderView(ctx.core, again)
      const lines = priceOrderLines(ctx.core, input)
      const poNo = nextNo(ctx.core, 'docPrefix.CG')
      const id = saveOrder(ctx.core, input, lines, { requestId: input.requestId, poNo, userId: signedIn(ctx).id })
      ctx.note({ target: `order:${id}`, summary: `新建采购订单 ${poNo}` })
      return orderView(ctx.core, id)
    },
  }),
  'orders.update': route<'orders.update'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const before = orderView(ctx.core, input.id)
      requireOrderStatus(before, 'draft')
      saveOrder(ctx.core, input, priceOrderLines(ctx.core, input), { id: input.id })
      const after = orderView(ctx.core, input.id)
      ctx.note({
        target: `order:${input.id}`,
        summary: `修改采购订单 ${before.poNo}（第 ${before.revision} 版）`,
        before,
        after,
      })
      return after
    },
  }),
  'orders.delete': route<'orders.delete'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const before = orderView(ctx.core, input.id)
      requireOrderStatus(before, 'draft')
      if (before.revision > 1)
        throw conflict('已审批过的订单不能删除，请作废', 'A revised order is cancelled, not deleted')
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
    handler: (ctx, input) => noted(ctx, submitOrder(ctx.core, input.id), '提交'),
  }),
  'orders.approve': route<'orders.approve'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) => noted(ctx, approveOrder(ctx.core, input.id, signedIn(ctx), input.comment), '审批通过'),
  }),
  'orders.reject': route<'orders.reject'>()({
    access: 'purchase.approve',
    mutates: true,
    handler: (ctx, input) => noted(ctx, rejectOrder(ctx.core, input.id, signedIn(ctx)), `退回（${input.comment}）`),
  }),
  'orders.markSent': route<'orders.markSent'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => noted(ctx, markSent(ctx.core, input.id), '标记已发送'),
  }),
  'orders.revise': route<'orders.revise'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => noted(ctx, reviseOrder(ctx.core, input.id, signedIn(ctx)), '改版'),
  }),
  'orders.cancel': route<'orders.cancel'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => noted(ctx, cancelOrder(ctx.core, input.id, input.reason), `作废（${input.reason}）`),
  }),
  'orders.shortClose': route<'orders.shortClose'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) =>
      noted(
        ctx,
        shortClose(ctx.core, input.id, input.lineNo, input.reason),
        `短结${input.lineNo ? `第 ${input.lineNo} 行` : ''}（${input.reason}）`,
      ),
  }),
  'orders.receive': route<'orders.receive'>()({
    access: 'purchase.receive',
    mutates: true,
    handler: (ctx, input) => {
      const receipt = receiveOrder(ctx.core, input, signedIn(ctx))
      const order = orderView(ctx.core, input.id)
      ctx.note({ target: `order:${input.id}`, summary: `采购入库 ${receipt.receiptNo}（订单 ${order.poNo}）` })
      return { ...receipt, order }
    },
  }),

  'purchase.priceHistory': route<'purchase.priceHistory'>()({
    access: 'purchase.read',
    handler: (ctx, input) => priceHistory(ctx.core.db, input.itemId, input.supplierId),
  }),
  'purchase.reorder': route<'purchase.reorder'>()({
    access: 'purchase.read',
    handler: (ctx, input) => reorderSuggestions(ctx.core.db, input.warehouseId),
  }),
  'purchase.reorderToOrders': route<'purchase.reorderToOrders'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const made = draftOrdersBySupplier(ctx, input.requestId, input.warehouseId, input.lines)
      ctx.note({
        target: 'orders',
        summary: `由补货建议生成 ${made.length} 张采购订单：${made.map((o) => o.poNo).join('、')}`,
      })
      return made
    },
  }),
  'purchase.settings': route<'purchase.settings'>()({
    access: 'signed-in',
    handler: (ctx) => purchaseSettings(ctx.core.db),
  }),
  'purchase.updateSettings': route<'purchase.updateSettings'>()({
    access: 'settings.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = purchaseSettings(ctx.core.db)
      if (input.secondApprovalThresholdFen !== null && input.secondApprovalThresholdFen < input.approvalThresholdFen) {
        throw badInput(
          '双人审批金额不能低于审批金额',
          'The two-approver threshold cannot be below the approval threshold',
        )
      }
      savePurchaseSettings(ctx.core.db, input)
      ctx.note({ target: 'settings', summary: '修改采购设置', before, after: input })
      return purchaseSettings(ctx.core.db)
    },
  }),
  'purchase.dashboard': route<'purchase.dashboard'>()({
    access: 'signed-in',
    handler: (ctx) => dashboard(ctx.core, signedIn(ctx)),
  }),
}

function noted(ctx: RouteContext, order: PurchaseOrder, what: string): PurchaseOrder {
  ctx.note({ target: `order:${order.id}`, summary: `采购订单 ${order.poNo} ${what}，状态 ${order.status}` })
  return order
}

function decideRequisition(ctx: RouteContext, id: number, status: 'approved' | 'rejected', comment: string) {
  const requisition = requireRequisition(ctx.core, id)
  requireRequisitionStatus(requisition, 'submitted')
  const user = signedIn(ctx)
  refuseOwn(requisition.requestedById, null, user, '采购申请')
  const at = timestamp(ctx.core)
  ctx.core.db
    .prepare(
      'UPDATE requisitions SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?, updated_at = ? WHERE id = ?',
    )
    .run(status, user.id, at, comment, at, id)
  ctx.note({
    target: `requisition:${id}`,
    summary: `${status === 'approved' ? '批准' : '驳回'}采购申请 ${requisition.reqNo}`,
  })
  return requireRequisition(ctx.core, id)
}
