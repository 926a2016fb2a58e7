/**
 * 采购入库 / 验收: one receipt against an order, posted at once as a stock-in valued at the order price.
 * Runs inside the caller's write transaction, so what was received before is read under the write lock
 * and concurrent receipts cannot over-receive.
 */
import type { ParsedInput, User } from '../../shared/contract'
import { ApiError, badInput } from '../../shared/errors'
import { formatQuantity } from '../../shared/money'
import { can } from '../../shared/permissions'
import { basePriceE4, receiptAmountFen } from '../../shared/rules/amounts'
import { mergeReceiptEntries, overReceipt } from '../../shared/rules/receipt'
import { localDate, timestamp, type Core } from '../context'
import { findByRequestId, insertDraft } from '../stock/documents'
import { postDocument, requireDocument } from '../stock/service'
import { refreshOrder } from './lifecycle'
import { requireOrderAction } from './actions'
import { purchaseSettings } from './settings'

export function receiveOrder(
  core: Core,
  input: ParsedInput<'orders.receive'>,
  user: User,
): { receiptId: number; receiptNo: string } {
  const db = core.db
  // A repeated request (double click, retry) returns the receipt the first one posted.
  const repeated = findByRequestId(db, input.requestId)
  if (repeated) {
    const receipt = requireDocument(core, repeated.id)
    return { receiptId: receipt.id, receiptNo: receipt.docNo ?? '' }
  }
  const order = requireOrderAction(core, input.id, user, 'receive')
  const tolerance = purchaseSettings(db).overReceiptTolerancePct
  const lines: { itemId: number; qtyMilli: number; priceE4: number; amountFen: number; poLineNo: number }[] = []
  const rejections: { lineNo: number; qtyMilli: number; reason: string }[] = []
  // Each entry as typed: on the order, open, in the unit's decimals, a rejection with its reason.
  for (const entry of input.lines) {
    const line = order.lines.find((l) => l.lineNo === entry.lineNo)
    const where = `第 ${entry.lineNo} 行`
    if (!line) throw badInput(`${where}：订单没有这一行`, `Line ${entry.lineNo}: not on the order`)
    if (line.closedReason) throw badInput(`${where}：「${line.itemName}」已短结`, `Line ${entry.lineNo} is closed`)
    const step = 10 ** (3 - line.unitDecimals)
    if (entry.acceptedMilli % step !== 0 || entry.rejectedMilli % step !== 0) {
      throw badInput(
        `${where}：「${line.itemName}」的数量最多 ${line.unitDecimals} 位小数`,
        `Line ${entry.lineNo}: too many decimals`,
      )
    }
    if (entry.rejectedMilli > 0 && !entry.rejectReason) {
      throw badInput(`${where}：请填写拒收原因`, `Line ${entry.lineNo}: give the reason for the rejection`)
    }
  }
  // An order line listed twice is one receipt line: the tolerance sees the sum plus what came before.
  for (const entry of mergeReceiptEntries(input.lines)) {
    const line = order.lines.find((l) => l.lineNo === entry.lineNo)
    if (!line) continue // refused above
    if (overReceipt(line, entry.acceptedMilli, tolerance) === 'beyond' && !can(user.role, 'purchase.overReceive')) {
      throw new ApiError('FORBIDDEN', {
        zh: `第 ${line.lineNo} 行「${line.itemName}」订购 ${formatQuantity(line.baseQtyMilli)}${line.unit}，已收 ${formatQuantity(line.receivedMilli)}，本次 ${formatQuantity(entry.acceptedMilli)}：超过允许的 ${tolerance}% 超收，需要仓库主管或管理员验收`,
        en: `Line ${line.lineNo}, ${line.itemName}: receiving beyond the ${tolerance}% tolerance needs an approver or an administrator`,
      })
    }
    if (entry.acceptedMilli > 0) {
      const priceE4 = basePriceE4(line.priceE4, line.packRatioMilli)
      // Valued at the order price per purchase unit: accepted / ratio × price, rounded once.
      const amountFen = receiptAmountFen(entry.acceptedMilli, line.priceE4, line.packRatioMilli)
      lines.push({ itemId: line.itemId, qtyMilli: entry.acceptedMilli, priceE4, amountFen, poLineNo: line.lineNo })
    }
    for (const r of entry.rejections) rejections.push({ lineNo: line.lineNo, ...r })
  }
  if (lines.length === 0) throw badInput('没有验收合格的数量', 'Nothing was accepted')
  const at = timestamp(core)
  const id = insertDraft(
    db,
    {
      docType: 'RK',
      subtype: 'purchase',
      requestId: input.requestId,
      userId: user.id,
      warehouseId: order.warehouseId,
      businessDate: input.businessDate ?? localDate(core.now()),
      departmentId: null,
      personId: null,
      supplierId: order.supplierId,
      toWarehouseId: null,
      reason: '',
      note: input.note || `采购订单 ${order.poNo}`,
      lines,
    },
    at,
  )
  db.prepare('UPDATE documents SET po_id = ? WHERE id = ?').run(order.id, id)
  const setLine = db.prepare('UPDATE document_lines SET po_line_no = ? WHERE document_id = ? AND line_no = ?')
  lines.forEach((line, index) => setLine.run(line.poLineNo, id, index + 1))
  const reject = db.prepare(
    'INSERT INTO po_rejections (document_id, po_id, line_no, qty_milli, reason) VALUES (?, ?, ?, ?, ?)',
  )
  for (const r of rejections) reject.run(id, order.id, r.lineNo, r.qtyMilli, r.reason)
  const receipt = postDocument(core, id, user)
  refreshOrder(core, order.id)
  return { receiptId: receipt.id, receiptNo: receipt.docNo ?? '' }
}

/** After a 红冲 of a receipt: the order (and its requisitions) count it no longer. */
export function afterReversal(core: Core, documentId: number): void {
  const row = core.db.prepare('SELECT po_id FROM documents WHERE id = ?').get(documentId) as
    { po_id: number | null } | undefined
  if (row?.po_id) refreshOrder(core, row.po_id)
}
