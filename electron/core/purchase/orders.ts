/** 采购订单 (purchase orders): storage, lines in purchase units, and what has been received. */
import type { ParsedInput, PoLine, PoSummary, PurchaseOrder } from '../../shared/contract'
import { badInput, notFound } from '../../shared/errors'
import { exact, lineAmountFen, safeSum } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import type { Db } from '../db/open'
import { pagedQuery, whereClause } from '../db/paged'
import { getItem } from '../items/repository'
import { addAuthor } from './authors'

export type OrderFields = Omit<ParsedInput<'orders.update'>, 'id'>
type PricedLine = OrderFields['lines'][number] & { packRatioMilli: number; baseQtyMilli: number; amountFen: number }

/** Accepted base quantity per order line, from posted receipts that are not reversed. */
const RECEIVED = `coalesce((SELECT sum(dl.qty_milli) FROM document_lines dl JOIN documents d ON d.id = dl.document_id
  WHERE d.po_id = l.po_id AND dl.po_line_no = l.line_no AND d.status = 'posted' AND d.reverses_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM documents r WHERE r.reverses_id = d.id)), 0)`

const SUMMARY = `
  SELECT o.id, o.po_no AS poNo, o.status, o.revision, o.supplier_id AS supplierId, s.name AS supplierName,
    o.warehouse_id AS warehouseId, w.name AS warehouseName, o.expected_date AS expectedDate,
    o.payment_terms AS paymentTerms, o.delivery_terms AS deliveryTerms, o.note,
    coalesce((SELECT sum(amount_fen) FROM po_lines l WHERE l.po_id = o.id), 0) AS totalFen,
    o.created_by AS createdById, u.display_name AS createdBy, o.created_at AS createdAt, o.sent_at AS sentAt,
    o.closed_reason AS closedReason, o.approvals_needed AS approvalsNeeded, o.revised_by AS revisedById,
    (o.expected_date < @today AND o.status IN ('approved', 'sent', 'partial')) AS overdue
  FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id JOIN warehouses w ON w.id = o.warehouse_id
  JOIN users u ON u.id = o.created_by`

type SummaryRow = Omit<PoSummary, 'overdue' | 'approvals'> & { overdue: number | null; revisedById: number | null }

function approvalsOf(db: Db, poId: number, revision: number): PoSummary['approvals'] {
  return db
    .prepare(
      `SELECT a.user_id AS userId, u.display_name AS userName, a.at, a.revision, a.comment FROM po_approvals a
       JOIN users u ON u.id = a.user_id WHERE a.po_id = ? AND a.revision = ? ORDER BY a.at`,
    )
    .all(poId, revision) as PoSummary['approvals']
}

const toSummary = (db: Db, { revisedById: _revisedBy, ...row }: SummaryRow): PoSummary => ({
  ...row,
  overdue: row.overdue === 1,
  approvals: approvalsOf(db, row.id, row.revision),
})

export function getOrder(
  db: Db,
  id: number,
  today: string,
): (PurchaseOrder & { revisedById: number | null }) | undefined {
  const row = db.prepare(`${SUMMARY} WHERE o.id = @id`).get({ id, today }) as SummaryRow | undefined
  if (!row) return undefined
  const lines = db
    .prepare(
      `SELECT l.line_no AS lineNo, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec,
         i.unit, i.unit_decimals AS unitDecimals, l.pack_name AS packName, l.pack_ratio_milli AS packRatioMilli,
         l.qty_milli AS qtyMilli, l.base_qty_milli AS baseQtyMilli, l.price_e4 AS priceE4, l.amount_fen AS amountFen,
         l.tax_rate_bp AS taxRateBp, l.closed_reason AS closedReason, ${RECEIVED} AS receivedMilli,
         coalesce((SELECT sum(qty_milli) FROM po_rejections j WHERE j.po_id = l.po_id AND j.line_no = l.line_no), 0)
           AS rejectedMilli
       FROM po_lines l JOIN items i ON i.id = l.item_id WHERE l.po_id = ? ORDER BY l.line_no`,
    )
    .all(id) as Omit<PoLine, 'sources'>[]
  const sources = db
    .prepare(
      `SELECT s.line_no AS poLine, s.requisition_id AS requisitionId, r.req_no AS reqNo, s.requisition_line AS lineNo,
         s.qty_milli AS qtyMilli
       FROM po_line_sources s JOIN requisitions r ON r.id = s.requisition_id WHERE s.po_id = ?`,
    )
    .all(id) as (PoLine['sources'][number] & { poLine: number })[]
  const receipts = db
    .prepare(
      `SELECT d.id, d.doc_no AS docNo, d.business_date AS businessDate,
         EXISTS (SELECT 1 FROM documents r WHERE r.reverses_id = d.id) AS reversed
       FROM documents d WHERE d.po_id = ? AND d.status = 'posted' AND d.reverses_id IS NULL ORDER BY d.id`,
    )
    .all(id) as { id: number; docNo: string | null; businessDate: string; reversed: number }[]
  return {
    ...toSummary(db, row),
    revisedById: row.revisedById,
    lines: lines.map((line) => ({
      ...line,
      sources: sources.filter((s) => s.poLine === line.lineNo).map(({ poLine: _line, ...source }) => source),
    })),
    receipts: receipts.map((r) => ({ ...r, reversed: r.reversed === 1 })),
  }
}

export function requireOrder(core: Core, id: number): PurchaseOrder & { revisedById: number | null } {
  const order = getOrder(core.db, id, localDate(core.now()))
  if (!order) throw notFound({ zh: '采购订单', en: 'Purchase order' })
  return order
}

/** The order as the API returns it (without the internal reviser id). */
export function orderView(core: Core, id: number): PurchaseOrder {
  const { revisedById: _revisedBy, ...order } = requireOrder(core, id)
  return order
}

export function listOrders(
  core: Core,
  query: ParsedInput<'orders.list'>,
  userId: number,
): { rows: PoSummary[]; total: number } {
  const where: string[] = []
  if (query.status) where.push('o.status = @status')
  if (query.supplierId) where.push('o.supplier_id = @supplierId')
  if (query.openOnly) where.push("o.status IN ('approved', 'sent', 'partial')")
  if (query.overdueOnly) where.push("o.expected_date < @today AND o.status IN ('approved', 'sent', 'partial')")
  if (query.awaitingMe) where.push(AWAITING_ME)
  if (query.search) where.push('o.po_no LIKE @search')
  const clause = whereClause(where)
  const params = {
    status: query.status,
    supplierId: query.supplierId,
    today: localDate(core.now()),
    userId,
    search: `%${query.search.replace(/[%_]/g, '')}%`,
  }
  const { rows, total } = pagedQuery<SummaryRow>(
    core.db,
    { count: `FROM purchase_orders o ${clause}`, rows: `${SUMMARY} ${clause}`, order: 'o.id DESC' },
    params,
    query,
  )
  return { rows: rows.map((row) => toSummary(core.db, row)), total }
}

/** Pending orders the user may approve: not authored by them, not yet approved by them. */
export const AWAITING_ME = `o.status = 'pending'
  AND NOT EXISTS (SELECT 1 FROM purchase_order_authors w WHERE w.order_id = o.id AND w.user_id = @userId)
  AND NOT EXISTS (SELECT 1 FROM po_approvals a WHERE a.po_id = o.id AND a.revision = o.revision AND a.user_id = @userId)`

/**
 * Checks the supplier, warehouse and lines, and prices each line: the purchase unit's exact ratio gives
 * the base quantity (it must come out whole in the item's decimals); amount = quantity × price.
 */
export function priceOrderLines(core: Core, fields: OrderFields): PricedLine[] {
  const db = core.db
  const supplier = db.prepare('SELECT active FROM suppliers WHERE id = ?').get(fields.supplierId) as
    { active: number } | undefined
  if (supplier?.active !== 1) throw badInput('供应商不存在或已停用', 'The supplier does not exist or is inactive')
  const warehouse = db.prepare('SELECT active FROM warehouses WHERE id = ?').get(fields.warehouseId) as
    { active: number } | undefined
  if (warehouse?.active !== 1) throw badInput('仓库不存在或已停用', 'The warehouse does not exist or is inactive')
  return fields.lines.map((line, index) => {
    const where = `第 ${index + 1} 行`
    const item = getItem(db, line.itemId)
    if (!item?.active) throw badInput(`${where}：物资不存在或已停用`, `Line ${index + 1}: no such active item`)
    const pack = line.packName === null ? null : item.packUnits.find((p) => p.name === line.packName)
    if (line.packName !== null && !pack) {
      throw badInput(
        `${where}：「${item.name}」没有包装单位「${line.packName}」`,
        `Line ${index + 1}: unknown pack unit`,
      )
    }
    const packRatioMilli = pack?.qtyMilli ?? 1000
    const base = BigInt(line.qtyMilli) * BigInt(packRatioMilli)
    const step = 1000n * BigInt(10 ** (3 - item.unitDecimals))
    if (base % step !== 0n) {
      throw badInput(
        `${where}：「${item.name}」换算成${item.unit}后最多 ${item.unitDecimals} 位小数`,
        `Line ${index + 1}: the quantity in ${item.unit} allows ${item.unitDecimals} decimals`,
      )
    }
    return {
      ...line,
      packRatioMilli,
      baseQtyMilli: exact(base / 1000n, 'quantity'),
      amountFen: lineAmountFen(line.qtyMilli, line.priceE4),
    }
  })
}

export function saveOrder(
  core: Core,
  fields: OrderFields,
  lines: PricedLine[],
  target: { id: number; userId: number } | { requestId: string; poNo: string; userId: number },
  sources: Map<number, { requisitionId: number; lineNo: number; qtyMilli: number }[]> = new Map(),
): number {
  const db = core.db
  safeSum(lines.map((line) => line.amountFen)) // the order total, refused before anything is written
  const at = timestamp(core)
  const values = { ...fields, lines: undefined, at }
  let id: number
  if ('id' in target) {
    id = target.id
    db.prepare(
      `UPDATE purchase_orders SET supplier_id = @supplierId, warehouse_id = @warehouseId, expected_date = @expectedDate,
         payment_terms = @paymentTerms, delivery_terms = @deliveryTerms, note = @note, updated_at = @at WHERE id = @id`,
    ).run({ ...values, id })
    // Requisition links stay with the item they were made for.
    const kept = db
      .prepare(
        `SELECT s.requisition_id AS requisitionId, s.requisition_line AS lineNo, s.qty_milli AS qtyMilli, l.item_id AS itemId
         FROM po_line_sources s JOIN po_lines l ON l.po_id = s.po_id AND l.line_no = s.line_no WHERE s.po_id = ?`,
      )
      .all(id) as { requisitionId: number; lineNo: number; qtyMilli: number; itemId: number }[]
    db.prepare('DELETE FROM po_lines WHERE po_id = ?').run(id)
    for (const source of kept) {
      const index = lines.findIndex((line) => line.itemId === source.itemId)
      if (index >= 0) sources.set(index, [...(sources.get(index) ?? []), source])
    }
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO purchase_orders (po_no, request_id, status, supplier_id, warehouse_id, expected_date,
             payment_terms, delivery_terms, note, created_by, created_at, updated_at)
           VALUES (@poNo, @requestId, 'draft', @supplierId, @warehouseId, @expectedDate, @paymentTerms,
             @deliveryTerms, @note, @userId, @at, @at)`,
        )
        .run({ ...values, ...target }).lastInsertRowid,
    )
  }
  addAuthor(db, 'order', id, target.userId)
  const insert = db.prepare(
    `INSERT INTO po_lines (po_id, line_no, item_id, pack_name, pack_ratio_milli, qty_milli, base_qty_milli, price_e4,
       amount_fen, tax_rate_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const link = db.prepare(
    'INSERT INTO po_line_sources (po_id, line_no, requisition_id, requisition_line, qty_milli) VALUES (?, ?, ?, ?, ?)',
  )
  lines.forEach((line, index) => {
    insert.run(
      id,
      index + 1,
      line.itemId,
      line.packName,
      line.packRatioMilli,
      line.qtyMilli,
      line.baseQtyMilli,
      line.priceE4,
      line.amountFen,
      line.taxRateBp,
    )
    for (const source of sources.get(index) ?? []) {
      link.run(id, index + 1, source.requisitionId, source.lineNo, source.qtyMilli)
    }
  })
  return id
}

export function setOrderStatus(db: Db, id: number, status: PurchaseOrder['status'], at: string): void {
  db.prepare('UPDATE purchase_orders SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id)
}
