import { badInput, conflict } from '../../shared/errors'
import { timestamp } from '../context'
import { repeatedCreate } from '../request-id'
import { route, signedIn, type RouteContext } from '../route'
import { getItem } from '../items/repository'
import { requireRequisitionAction, requisitionFor } from './actions'
import { addAuthor } from './authors'
import {
  checkRequisition,
  getRequisition,
  listRequisitions,
  refreshRequisition,
  requireRequisition,
  saveRequisition,
  setRequisitionStatus,
} from './requisitions'

import { draftOrdersBySupplier, nextNo } from './draft-orders'

export const requisitionRoutes = {
  'requisitions.list': route<'requisitions.list'>()({
    access: 'purchase.read',
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const { rows, total } = listRequisitions(ctx.core.db, input, user.id)
      return {
        rows: rows.map((row) => requisitionFor(ctx.core, row, user)),
        total,
        page: input.page,
        pageSize: input.pageSize,
      }
    },
  }),
  'requisitions.get': route<'requisitions.get'>()({
    access: 'purchase.read',
    handler: (ctx, input) => requisitionFor(ctx.core, requireRequisition(ctx.core, input.id), signedIn(ctx)),
  }),
  'requisitions.create': route<'requisitions.create'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const again = repeatedCreate(ctx, 'requisitions', input.requestId)
      if (again) return requisitionFor(ctx.core, requireRequisition(ctx.core, again), signedIn(ctx))
      checkRequisition(ctx.core, input)
      const reqNo = nextNo(ctx.core, 'docPrefix.SQ')
      const id = saveRequisition(ctx.core, input, { requestId: input.requestId, reqNo, userId: signedIn(ctx).id })
      ctx.note({ target: `requisition:${id}`, summary: `新建采购申请 ${reqNo}` })
      return requisitionFor(ctx.core, requireRequisition(ctx.core, id), signedIn(ctx))
    },
  }),
  'requisitions.update': route<'requisitions.update'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireRequisition(ctx.core, input.id)
      requireRequisitionAction(ctx.core, before, signedIn(ctx), 'edit')
      checkRequisition(ctx.core, input)
      saveRequisition(ctx.core, input, { id: input.id, userId: signedIn(ctx).id })
      setRequisitionStatus(ctx.core.db, input.id, 'draft', timestamp(ctx.core))
      const after = requireRequisition(ctx.core, input.id)
      ctx.note({ target: `requisition:${input.id}`, summary: `修改采购申请 ${before.reqNo}`, before, after })
      return requisitionFor(ctx.core, after, signedIn(ctx))
    },
  }),
  'requisitions.delete': route<'requisitions.delete'>()({
    access: 'purchase.request',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireRequisition(ctx.core, input.id)
      requireRequisitionAction(ctx.core, before, signedIn(ctx), 'delete')
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
      requireRequisitionAction(ctx.core, requisition, signedIn(ctx), 'submit')
      const at = timestamp(ctx.core)
      ctx.core.db
        .prepare("UPDATE requisitions SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?")
        .run(at, at, input.id)
      addAuthor(ctx.core.db, 'requisition', input.id, signedIn(ctx).id)
      ctx.note({ target: `requisition:${input.id}`, summary: `提交采购申请 ${requisition.reqNo}` })
      return requisitionFor(ctx.core, requireRequisition(ctx.core, input.id), signedIn(ctx))
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
        requireRequisitionAction(ctx.core, requisition, signedIn(ctx), 'order')
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
}

function decideRequisition(ctx: RouteContext, id: number, status: 'approved' | 'rejected', comment: string) {
  const requisition = requireRequisition(ctx.core, id)
  const user = signedIn(ctx)
  requireRequisitionAction(ctx.core, requisition, user, status === 'approved' ? 'approve' : 'reject')
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
  return requisitionFor(ctx.core, requireRequisition(ctx.core, id), user)
}
