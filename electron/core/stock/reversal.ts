/**
 * 红冲 (reversal): a document of its own that references the original, carries its lines, is dated on
 * the original's business date and cancels each of its movements. The ledger then values everything as
 * if neither had been posted; if the goods were meanwhile issued, a balance would go negative and the
 * reversal is refused. A closed period refuses it too: correct with a new document in the open period.
 */
import type { StockDocument, User } from '../../shared/contract'
import { timestamp, type Core } from '../context'
import { getSetting } from '../system/settings'
import { allocateDocNo, findByRequestId, insertDraft, markPosted } from './documents'
import { recordMovements } from './ledger'
import { requireStockAction } from './actions'
import { requireDocument } from './service'

export function reverseDocument(core: Core, id: number, requestId: string, user: User): StockDocument {
  const original = requireDocument(core, id)
  // Idempotent: a repeated request, or a second reversal of the same document, returns the first.
  const repeated = findByRequestId(core.db, requestId)
  if (repeated) return requireDocument(core, repeated.id)
  if (original.reversedById) return requireDocument(core, original.reversedById)
  // Posted, no reversal itself, no 盘点单, an earlier date only by an approver, period open.
  requireStockAction(core, original, user, 'reverse')
  const reversalId = insertDraft(
    core.db,
    {
      ...original,
      requestId,
      userId: user.id,
      reversesId: original.id,
      sourceId: null,
      note: `红冲 ${original.docNo}${original.note ? `：${original.note}` : ''}`,
      lines: original.lines,
    },
    timestamp(core),
  )
  const movements = core.db
    .prepare(
      `SELECT id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen FROM stock_movements
       WHERE document_id = ? ORDER BY id`,
    )
    .all(original.id) as {
    id: number
    line_no: number
    item_id: number
    warehouse_id: number
    business_date: string
    qty_delta: number
    value_in_fen: number | null
  }[]
  recordMovements(
    core.db,
    movements.map((m) => ({
      documentId: reversalId,
      lineNo: m.line_no,
      itemId: m.item_id,
      warehouseId: m.warehouse_id,
      businessDate: m.business_date,
      qtyDelta: -m.qty_delta,
      valueInFen: m.value_in_fen === null ? null : -m.value_in_fen,
      reversalOf: m.id,
    })),
  )
  const docNo = allocateDocNo(core.db, getSetting(core.db, `docPrefix.${original.docType}`), original.businessDate)
  markPosted(core.db, reversalId, docNo, user.id, timestamp(core))
  return requireDocument(core, reversalId)
}
