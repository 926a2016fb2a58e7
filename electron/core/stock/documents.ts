import type {
  DocStatus,
  DocSubtype,
  DocType,
  ParsedInput,
  StockDocument,
  StockDocumentSummary,
  StockLine,
} from '../../shared/contract'
import { safeSum } from '../../shared/money'
import type { Db } from '../db/open'
import { pagedQuery, whereClause } from '../db/paged'

export interface DraftFields {
  warehouseId: number
  businessDate: string
  departmentId: number | null
  personId: number | null
  supplierId: number | null
  toWarehouseId: number | null
  reason: string
  note: string
  lines: { itemId: number; qtyMilli: number; priceE4: number; amountFen: number }[]
}

interface SummaryRow {
  id: number
  doc_type: DocType
  subtype: DocSubtype
  doc_no: string | null
  status: DocStatus
  request_id: string
  business_date: string
  warehouse_id: number
  warehouse_name: string
  department_id: number | null
  department_name: string | null
  person_id: number | null
  person_name: string | null
  supplier_id: number | null
  supplier_name: string | null
  to_warehouse_id: number | null
  to_warehouse_name: string | null
  source_id: number | null
  source_no: string | null
  reason: string
  reverses_id: number | null
  reverses_no: string | null
  reversed_by_id: number | null
  reversed_by_no: string | null
  note: string
  total_qty: number
  total_fen: number
  created_by_name: string
  created_by: number
  created_at: string
  posted_by_name: string | null
  posted_at: string | null
}

/**
 * A line's amount: a receipt's is its own (qty × price); an issue's or a transfer's is the value the
 * ledger took out of the (sending) warehouse at the moving average, known once posted (and kept
 * current if a back-dated posting re-values it).
 */
const LINE_AMOUNT = `CASE WHEN d.doc_type IN ('CK', 'DB') THEN coalesce(-(SELECT sum(m.value_fen) FROM stock_movements m
  WHERE m.document_id = l.document_id AND m.line_no = l.line_no AND m.warehouse_id = d.warehouse_id), 0)
  WHEN d.reverses_id IS NOT NULL THEN -l.amount_fen ELSE l.amount_fen END`

const SELECT_SUMMARY = `
  SELECT d.*, w.name AS warehouse_name, cu.display_name AS created_by_name, pu.display_name AS posted_by_name,
    dep.name AS department_name, p.name AS person_name, s.name AS supplier_name, tw.name AS to_warehouse_name,
    src.doc_no AS source_no,
    o.doc_no AS reverses_no, r.id AS reversed_by_id, r.doc_no AS reversed_by_no,
    coalesce((SELECT sum(qty_milli) FROM document_lines l WHERE l.document_id = d.id), 0) AS total_qty,
    coalesce((SELECT sum(${LINE_AMOUNT}) FROM document_lines l WHERE l.document_id = d.id), 0) AS total_fen
  FROM documents d
  JOIN warehouses w ON w.id = d.warehouse_id
  JOIN users cu ON cu.id = d.created_by
  LEFT JOIN users pu ON pu.id = d.posted_by
  LEFT JOIN departments dep ON dep.id = d.department_id
  LEFT JOIN people p ON p.id = d.person_id
  LEFT JOIN suppliers s ON s.id = d.supplier_id
  LEFT JOIN warehouses tw ON tw.id = d.to_warehouse_id
  LEFT JOIN documents src ON src.id = d.source_id
  LEFT JOIN documents o ON o.id = d.reverses_id
  LEFT JOIN documents r ON r.reverses_id = d.id`

const toSummary = (row: SummaryRow): StockDocumentSummary => ({
  id: row.id,
  docType: row.doc_type,
  subtype: row.subtype,
  docNo: row.doc_no,
  status: row.status,
  businessDate: row.business_date,
  warehouseId: row.warehouse_id,
  warehouseName: row.warehouse_name,
  departmentId: row.department_id,
  departmentName: row.department_name,
  personId: row.person_id,
  personName: row.person_name,
  supplierId: row.supplier_id,
  supplierName: row.supplier_name,
  toWarehouseId: row.to_warehouse_id,
  toWarehouseName: row.to_warehouse_name,
  sourceId: row.source_id,
  sourceNo: row.source_no,
  reason: row.reason,
  reversesId: row.reverses_id,
  reversesNo: row.reverses_no,
  reversedById: row.reversed_by_id,
  reversedByNo: row.reversed_by_no,
  note: row.note,
  totalQtyMilli: row.total_qty,
  totalFen: row.total_fen,
  createdBy: row.created_by_name,
  createdAt: row.created_at,
  postedBy: row.posted_by_name,
  postedAt: row.posted_at,
})

export function findByRequestId(db: Db, requestId: string): { id: number; createdBy: number } | undefined {
  return db.prepare('SELECT id, created_by AS createdBy FROM documents WHERE request_id = ?').get(requestId) as
    { id: number; createdBy: number } | undefined
}

export function getDocument(db: Db, id: number): StockDocument | undefined {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE d.id = ?`).get(id) as SummaryRow | undefined
  if (!row) return undefined
  const lines = db
    .prepare(
      `SELECT l.line_no AS lineNo, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec,
         i.unit, i.unit_decimals AS unitDecimals, l.qty_milli AS qtyMilli, l.price_e4 AS priceE4, ${LINE_AMOUNT} AS amountFen
       FROM document_lines l JOIN items i ON i.id = l.item_id JOIN documents d ON d.id = l.document_id
       WHERE l.document_id = ? ORDER BY l.line_no`,
    )
    .all(id) as StockLine[]
  return { ...toSummary(row), lines }
}

export type ListQuery = ParsedInput<'stock.list'>

export function listDocuments(db: Db, query: ListQuery): { rows: StockDocumentSummary[]; total: number } {
  const where: string[] = []
  if (query.docType) where.push('d.doc_type = @docType')
  if (query.subtype) where.push('d.subtype = @subtype')
  if (query.status) where.push('d.status = @status')
  if (query.dateFrom) where.push('d.business_date >= @dateFrom')
  if (query.dateTo) where.push('d.business_date <= @dateTo')
  if (query.warehouseId) where.push('(d.warehouse_id = @warehouseId OR d.to_warehouse_id = @warehouseId)')
  if (query.departmentId) where.push('d.department_id = @departmentId')
  if (query.supplierId) where.push('d.supplier_id = @supplierId')
  if (query.itemId) {
    where.push(`(EXISTS (SELECT 1 FROM document_lines l WHERE l.document_id = d.id AND l.item_id = @itemId)
      OR EXISTS (SELECT 1 FROM stocktake_lines t WHERE t.document_id = d.id AND t.item_id = @itemId))`)
  }
  if (query.search) where.push("d.doc_no LIKE @search ESCAPE '\\'")
  const clause = whereClause(where)
  const params = {
    ...query,
    search: `%${query.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`,
    page: undefined,
    pageSize: undefined,
  }
  const { rows, total } = pagedQuery<SummaryRow>(
    db,
    { count: `FROM documents d ${clause}`, rows: `${SELECT_SUMMARY} ${clause}`, order: 'd.id DESC' },
    params,
    query,
  )
  return { rows: rows.map(toSummary), total }
}

export function insertDraft(
  db: Db,
  doc: DraftFields & {
    docType: DocType
    subtype: DocSubtype
    requestId: string
    userId: number
    reversesId?: number | null
    sourceId?: number | null
    stocktake?: { blind: boolean; categoryId: number | null; locationId: number | null }
  },
  at: string,
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (doc_type, subtype, status, request_id, business_date, warehouse_id, department_id,
         person_id, supplier_id, to_warehouse_id, reason, note, reverses_id, source_id, blind, category_id,
         location_id, created_by, created_at, updated_at)
       VALUES (@docType, @subtype, 'draft', @requestId, @businessDate, @warehouseId, @departmentId,
         @personId, @supplierId, @toWarehouseId, @reason, @note, @reversesId, @sourceId, @blind, @categoryId,
         @locationId, @userId, @at, @at)`,
    )
    .run({
      ...doc,
      lines: undefined,
      stocktake: undefined,
      reversesId: doc.reversesId ?? null,
      sourceId: doc.sourceId ?? null,
      blind: Number(doc.stocktake?.blind ?? false),
      categoryId: doc.stocktake?.categoryId ?? null,
      locationId: doc.stocktake?.locationId ?? null,
      at,
    })
  const id = Number(lastInsertRowid)
  replaceLines(db, id, doc.lines)
  return id
}

export function updateDraft(db: Db, id: number, doc: DraftFields, at: string): void {
  db.prepare(
    `UPDATE documents SET business_date = @businessDate, warehouse_id = @warehouseId, department_id = @departmentId,
       person_id = @personId, supplier_id = @supplierId, to_warehouse_id = @toWarehouseId, reason = @reason,
       note = @note, updated_at = @at WHERE id = @id`,
  ).run({ ...doc, lines: undefined, at, id })
  replaceLines(db, id, doc.lines)
}

function replaceLines(db: Db, documentId: number, lines: DraftFields['lines']): void {
  // The document's totals are sums of its lines: beyond the exact range the call is refused and rolled back.
  safeSum(lines.map((line) => line.amountFen))
  safeSum(
    lines.map((line) => line.qtyMilli),
    'quantity',
  )
  db.prepare('DELETE FROM document_lines WHERE document_id = ?').run(documentId)
  const insert = db.prepare(
    'INSERT INTO document_lines (document_id, line_no, item_id, qty_milli, price_e4, amount_fen) VALUES (?, ?, ?, ?, ?, ?)',
  )
  lines.forEach((line, index) =>
    insert.run(documentId, index + 1, line.itemId, line.qtyMilli, line.priceE4, line.amountFen),
  )
}

export function deleteDraft(db: Db, id: number): void {
  db.prepare("DELETE FROM documents WHERE id = ? AND status = 'draft'").run(id)
}

export function markPosted(db: Db, id: number, docNo: string, userId: number, at: string): void {
  db.prepare(
    "UPDATE documents SET status = 'posted', doc_no = ?, posted_by = ?, posted_at = ?, updated_at = ? WHERE id = ?",
  ).run(docNo, userId, at, at, id)
}

/** Next number for a prefix and day, e.g. RK20261126-0001. Never reused: the counter only grows. */
export function allocateDocNo(db: Db, prefix: string, businessDate: string): string {
  const day = businessDate.replaceAll('-', '')
  const { last_no } = db
    .prepare(
      `INSERT INTO doc_sequences (prefix, day, last_no) VALUES (?, ?, 1)
       ON CONFLICT (prefix, day) DO UPDATE SET last_no = last_no + 1 RETURNING last_no`,
    )
    .get(prefix, day) as { last_no: number }
  return `${prefix}${day}-${String(last_no).padStart(4, '0')}`
}
