/**
 * The purchase order's lifecycle: submit → (pending →) approved → sent → partial → received, or
 * closed / cancelled; revise takes an approved or sent order back to draft as its next revision.
 * Who may do which step in which status is ORDER_RULES (./actions.ts); the routes check it first.
 */
import type { PurchaseOrder, User } from '../../shared/contract'
import { conflict } from '../../shared/errors'
import { timestamp, type Core } from '../context'
import { addAuthor } from './authors'
import { refreshRequisition } from './requisitions'
import { orderView, requireOrder, setOrderStatus } from './orders'
import { approvalsNeeded, purchaseSettings } from './settings'

export function submitOrder(core: Core, id: number, user: User): PurchaseOrder {
  const order = requireOrder(core, id)
  addAuthor(core.db, 'order', id, user.id)
  const needed = approvalsNeeded(purchaseSettings(core.db), order.totalFen)
  const at = timestamp(core)
  core.db
    .prepare('UPDATE purchase_orders SET approvals_needed = ?, status = ?, updated_at = ? WHERE id = ?')
    .run(needed, needed === 0 ? 'approved' : 'pending', at, id)
  return orderView(core, id)
}

export function approveOrder(core: Core, id: number, user: User, comment: string): PurchaseOrder {
  const order = requireOrder(core, id)
  const at = timestamp(core)
  core.db
    .prepare('INSERT INTO po_approvals (po_id, revision, user_id, at, comment) VALUES (?, ?, ?, ?, ?)')
    .run(id, order.revision, user.id, at, comment)
  if (order.approvals.length + 1 >= order.approvalsNeeded) setOrderStatus(core.db, id, 'approved', at)
  return orderView(core, id)
}

export function rejectOrder(core: Core, id: number): PurchaseOrder {
  const order = requireOrder(core, id)
  // Approvals given to this revision no longer count once it is sent back.
  core.db.prepare('DELETE FROM po_approvals WHERE po_id = ? AND revision = ?').run(id, order.revision)
  setOrderStatus(core.db, id, 'draft', timestamp(core))
  return orderView(core, id)
}

export function markSent(core: Core, id: number): PurchaseOrder {
  const order = requireOrder(core, id)
  if (order.status === 'sent') return orderView(core, id)
  const at = timestamp(core)
  core.db
    .prepare("UPDATE purchase_orders SET status = 'sent', sent_at = ?, updated_at = ? WHERE id = ?")
    .run(at, at, id)
  return orderView(core, id)
}

export function reviseOrder(core: Core, id: number, user: User): PurchaseOrder {
  core.db
    .prepare(
      "UPDATE purchase_orders SET status = 'draft', revision = revision + 1, revised_by = ?, sent_at = NULL, updated_at = ? WHERE id = ?",
    )
    .run(user.id, timestamp(core), id)
  addAuthor(core.db, 'order', id, user.id)
  return orderView(core, id)
}

export function cancelOrder(core: Core, id: number, reason: string): PurchaseOrder {
  const at = timestamp(core)
  core.db
    .prepare("UPDATE purchase_orders SET status = 'cancelled', closed_reason = ?, updated_at = ? WHERE id = ?")
    .run(reason, at, id)
  refreshRequisitionsOf(core, id, at)
  return orderView(core, id)
}

/** 短结: a line (or every open line) will receive no more. */
export function shortClose(core: Core, id: number, lineNo: number | undefined, reason: string): PurchaseOrder {
  const order = requireOrder(core, id)
  const targets = order.lines.filter((line) => (lineNo === undefined || line.lineNo === lineNo) && !line.closedReason)
  if (targets.length === 0) throw conflict('没有可短结的行', 'No open line to close')
  const close = core.db.prepare('UPDATE po_lines SET closed_reason = ? WHERE po_id = ? AND line_no = ?')
  for (const line of targets) close.run(reason, id, line.lineNo)
  if (lineNo === undefined) core.db.prepare('UPDATE purchase_orders SET closed_reason = ? WHERE id = ?').run(reason, id)
  refreshOrder(core, id)
  return orderView(core, id)
}

/**
 * After a receipt, its reversal or a short-close: received when every line is in full, closed when
 * the rest was short-closed, partial when anything came, else back to sent / approved.
 */
export function refreshOrder(core: Core, id: number): void {
  const order = requireOrder(core, id)
  if (['draft', 'pending', 'cancelled'].includes(order.status)) return
  const done = (line: PurchaseOrder['lines'][number]) =>
    line.closedReason !== null || line.receivedMilli >= line.baseQtyMilli
  const anyReceived = order.lines.some((line) => line.receivedMilli > 0)
  const status = order.lines.every(done)
    ? order.lines.some((line) => line.closedReason !== null)
      ? 'closed'
      : 'received'
    : anyReceived
      ? 'partial'
      : order.sentAt
        ? 'sent'
        : 'approved'
  const at = timestamp(core)
  if (status !== order.status) setOrderStatus(core.db, id, status, at)
  refreshRequisitionsOf(core, id, at)
}

function refreshRequisitionsOf(core: Core, poId: number, at: string): void {
  const ids = core.db
    .prepare('SELECT DISTINCT requisition_id AS id FROM po_line_sources WHERE po_id = ?')
    .all(poId) as { id: number }[]
  for (const { id } of ids) refreshRequisition(core.db, id, at)
}
