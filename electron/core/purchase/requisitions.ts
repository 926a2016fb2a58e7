/** 采购申请 (requisitions): storage and the rules of their lines. */
import type { ParsedInput, Requisition, RequisitionLine, RequisitionSummary } from '../../shared/contract'
import { badInput, notFound } from '../../shared/errors'
import { timestamp, type Core } from '../context'
import type { Db } from '../db/open'
import { pagedQuery, whereClause } from '../db/paged'
import { getItem } from '../items/repository'
import { addAuthor } from './authors'

type Fields = Omit<ParsedInput<'requisitions.update'>, 'id'>

const SUMMARY = `
  SELECT r.id, r.req_no AS reqNo, r.status, r.department_id AS departmentId, d.name AS departmentName,
    r.needed_by AS neededBy, r.reason, r.note, r.created_by AS requestedById, u.display_name AS requestedBy,
    r.created_at AS createdAt, r.submitted_at AS submittedAt, a.display_name AS decidedBy, r.decided_at AS decidedAt,
    r.decision_comment AS decisionComment,
    (SELECT count(*) FROM requisition_lines l WHERE l.requisition_id = r.id) AS lineCount
  FROM requisitions r JOIN departments d ON d.id = r.department_id JOIN users u ON u.id = r.created_by
  LEFT JOIN users a ON a.id = r.decided_by`

export function getRequisition(db: Db, id: number): Requisition | undefined {
  const row = db.prepare(`${SUMMARY} WHERE r.id = ?`).get(id) as RequisitionSummary | undefined
  if (!row) return undefined
  const lines = db
    .prepare(
      `SELECT l.line_no AS lineNo, l.item_id AS itemId, i.code AS itemCode, coalesce(i.name, l.name) AS name,
         coalesce(i.spec, l.spec) AS spec, coalesce(i.unit, l.unit) AS unit, l.qty_milli AS qtyMilli, l.note,
         coalesce((SELECT sum(s.qty_milli) FROM po_line_sources s JOIN purchase_orders o ON o.id = s.po_id
           WHERE s.requisition_id = l.requisition_id AND s.requisition_line = l.line_no AND o.status <> 'cancelled'), 0)
           AS orderedMilli
       FROM requisition_lines l LEFT JOIN items i ON i.id = l.item_id
       WHERE l.requisition_id = ? ORDER BY l.line_no`,
    )
    .all(id) as RequisitionLine[]
  return { ...row, lines }
}

export function requireRequisition(core: Core, id: number): Requisition {
  const requisition = getRequisition(core.db, id)
  if (!requisition) throw notFound({ zh: '采购申请', en: 'Requisition' })
  return requisition
}

export function listRequisitions(
  db: Db,
  query: ParsedInput<'requisitions.list'>,
  userId: number,
): { rows: RequisitionSummary[]; total: number } {
  const where: string[] = []
  if (query.status) where.push('r.status = @status')
  if (query.mine) where.push('r.created_by = @userId')
  const clause = whereClause(where)
  return pagedQuery<RequisitionSummary>(
    db,
    { count: `FROM requisitions r ${clause}`, rows: `${SUMMARY} ${clause}`, order: 'r.id DESC' },
    { status: query.status, userId },
    query,
  )
}

/** Checks the department and each line: a catalogue item (active, right decimals) or a named free-text line. */
export function checkRequisition(core: Core, fields: Fields): void {
  const department = core.db.prepare('SELECT active FROM departments WHERE id = ?').get(fields.departmentId) as
    { active: number } | undefined
  if (department?.active !== 1) throw badInput('部门不存在或已停用', 'The department does not exist or is inactive')
  fields.lines.forEach((line, index) => {
    const where = `第 ${index + 1} 行`
    if (line.itemId === null) {
      if (!line.name) throw badInput(`${where}：请选择物资或填写名称`, `Line ${index + 1}: choose an item or name it`)
      return
    }
    const item = getItem(core.db, line.itemId)
    if (!item?.active) throw badInput(`${where}：物资不存在或已停用`, `Line ${index + 1}: no such active item`)
    if (line.qtyMilli % 10 ** (3 - item.unitDecimals) !== 0) {
      throw badInput(
        `${where}：「${item.name}」的数量最多 ${item.unitDecimals} 位小数`,
        `Line ${index + 1}: ${item.name} allows ${item.unitDecimals} decimals`,
      )
    }
  })
}

export function saveRequisition(
  core: Core,
  fields: Fields,
  target: { id: number; userId: number } | { requestId: string; reqNo: string; userId: number },
): number {
  const db = core.db
  const at = timestamp(core)
  const values = { ...fields, lines: undefined, at }
  let id: number
  if ('id' in target) {
    id = target.id
    db.prepare(
      `UPDATE requisitions SET department_id = @departmentId, needed_by = @neededBy, reason = @reason, note = @note,
         updated_at = @at WHERE id = @id`,
    ).run({ ...values, id })
    db.prepare('DELETE FROM requisition_lines WHERE requisition_id = ?').run(id)
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO requisitions (req_no, request_id, status, department_id, needed_by, reason, note, created_by,
             created_at, updated_at)
           VALUES (@reqNo, @requestId, 'draft', @departmentId, @neededBy, @reason, @note, @userId, @at, @at)`,
        )
        .run({ ...values, ...target }).lastInsertRowid,
    )
  }
  addAuthor(db, 'requisition', id, target.userId)
  const insert = db.prepare(
    `INSERT INTO requisition_lines (requisition_id, line_no, item_id, name, spec, unit, qty_milli, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  fields.lines.forEach((line, index) =>
    insert.run(id, index + 1, line.itemId, line.name, line.spec, line.unit, line.qtyMilli, line.note),
  )
  return id
}

export function setRequisitionStatus(db: Db, id: number, status: Requisition['status'], at: string): void {
  db.prepare('UPDATE requisitions SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id)
}

/** ordered when every line is fully on orders; done when every order line serving it is finished. */
export function refreshRequisition(db: Db, id: number, at: string): void {
  const requisition = getRequisition(db, id)
  if (!requisition || !['approved', 'ordered', 'done'].includes(requisition.status)) return
  const ordered = requisition.lines.every((line) => line.orderedMilli >= line.qtyMilli)
  const open = db
    .prepare(
      `SELECT count(*) AS n FROM po_line_sources s JOIN purchase_orders o ON o.id = s.po_id
       WHERE s.requisition_id = ? AND o.status NOT IN ('received', 'closed', 'cancelled')`,
    )
    .get(id) as { n: number }
  const status = !ordered ? 'approved' : open.n === 0 ? 'done' : 'ordered'
  if (status !== requisition.status) setRequisitionStatus(db, id, status, at)
}
