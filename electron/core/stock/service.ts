/** Stock document rules shared by the routes and the imports: lookups, line checks and posting. */
import {
  SUBTYPES_OF,
  type Role,
  type DocSubtype,
  type DocType,
  type ParsedInput,
  type StockDocument,
} from '../../shared/contract'
import { ApiError, badInput, conflict, notFound } from '../../shared/errors'
import { can } from '../../shared/permissions'
import { exact, lineAmountFen } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import { getItem } from '../items/repository'
import { getSetting } from '../system/settings'
import { allocateDocNo, getDocument, markPosted, type DraftFields } from './documents'
import { recordMovements } from './ledger'
import { checkPeriodOpen } from './periods'

const DOCUMENT = { zh: '单据', en: 'Document' }

export function requireDocument(core: Core, id: number) {
  const doc = getDocument(core.db, id)
  if (!doc) throw notFound(DOCUMENT)
  return doc
}

export function requireDraft(core: Core, id: number) {
  const doc = requireDocument(core, id)
  if (doc.status !== 'draft') throw conflict('单据已审核，不能修改', 'The document is posted and cannot be changed')
  return doc
}

export function checkWarehouse(core: Core, warehouseId: number): void {
  const row = core.db.prepare('SELECT active FROM warehouses WHERE id = ?').get(warehouseId) as
    { active: number } | undefined
  if (row?.active !== 1) throw badInput('仓库不存在或已停用', 'The warehouse does not exist or is inactive')
}

/**
 * Checks every line against its item (exists, active, quantity within the unit's decimals) and prices a
 * receipt's line; an issue's price and amount come from the ledger when it is posted.
 */
export function priceLines(
  core: Core,
  lines: ParsedInput<'stock.updateDraft'>['lines'],
  docType: DocType = 'RK',
): DraftFields['lines'] {
  return lines.map((line, index) => {
    const item = getItem(core.db, line.itemId)
    const where = `第 ${index + 1} 行`
    if (!item) throw badInput(`${where}：物资不存在`, `Line ${index + 1}: no such item`)
    if (!item.active)
      throw badInput(`${where}：物资「${item.name}」已停用`, `Line ${index + 1}: ${item.name} is inactive`)
    if (line.qtyMilli % 10 ** (3 - item.unitDecimals) !== 0) {
      throw badInput(
        `${where}：「${item.name}」的数量最多 ${item.unitDecimals} 位小数（单位：${item.unit}）`,
        `Line ${index + 1}: ${item.name} allows ${item.unitDecimals} decimals`,
      )
    }
    if (docType !== 'RK') return { ...line, priceE4: 0, amountFen: 0 }
    return { ...line, amountFen: lineAmountFen(line.qtyMilli, line.priceE4) }
  })
}

export const DOC_NAMES: Record<DocType, string> = { RK: '入库单', CK: '出库单', DB: '调拨单', PD: '盘点单' }

/**
 * Who the goods come from or go to, as each kind of document needs: 领用 and 退库 name a department
 * (and maybe a person of it), 退货 a supplier, 报损 a reason.
 */
export function checkParties(core: Core, docType: DocType, subtype: DocSubtype, fields: DraftFields): void {
  if (!SUBTYPES_OF[docType].includes(subtype)) {
    throw badInput(`${DOC_NAMES[docType]}没有「${subtype}」这种业务类型`, `A ${docType} document cannot be ${subtype}`)
  }
  const active = (table: string, id: number) =>
    (core.db.prepare(`SELECT active FROM ${table} WHERE id = ?`).get(id) as { active: number } | undefined)?.active ===
    1
  const needsDepartment = subtype === 'issue' || subtype === 'return_in'
  if (needsDepartment && !fields.departmentId) throw badInput('请选择领用部门', 'Choose the department')
  if (fields.departmentId && !active('departments', fields.departmentId)) {
    throw badInput('部门不存在或已停用', 'The department does not exist or is inactive')
  }
  if (fields.personId) {
    const person = core.db.prepare('SELECT department_id, active FROM people WHERE id = ?').get(fields.personId) as
      { department_id: number; active: number } | undefined
    if (person?.active !== 1 || person.department_id !== fields.departmentId) {
      throw badInput('领用人不存在、已停用或不属于该部门', 'The person is unknown, inactive or not in that department')
    }
  }
  if (subtype === 'return_supplier' && !fields.supplierId) throw badInput('请选择退货供应商', 'Choose the supplier')
  if (fields.supplierId && !active('suppliers', fields.supplierId)) {
    throw badInput('供应商不存在或已停用', 'The supplier does not exist or is inactive')
  }
  if (subtype === 'scrap' && !fields.reason.trim()) throw badInput('报损须填写原因', 'A scrap needs a reason')
  if ((subtype === 'surplus' || subtype === 'shortage') && !fields.reason.trim()) {
    throw badInput('盘盈、盘亏须填写原因', 'A stocktake difference needs a reason')
  }
  if (docType === 'DB') {
    if (!fields.toWarehouseId) throw badInput('请选择调入仓库', 'Choose the receiving warehouse')
    if (fields.toWarehouseId === fields.warehouseId) {
      throw badInput('调出和调入仓库不能相同', 'The sending and receiving warehouses must differ')
    }
    checkWarehouse(core, fields.toWarehouseId)
  } else if (fields.toWarehouseId) {
    throw badInput('只有调拨单有调入仓库', 'Only a transfer has a receiving warehouse')
  }
}

/** The checks every posting passes: not in the future, back-dating by a permitted role, period open. */
export function checkPostingDate(
  core: Core,
  doc: { businessDate: string; subtype: DocSubtype },
  user: { role: Role },
): void {
  const today = localDate(core.now())
  if (doc.businessDate > today) throw badInput('业务日期不能晚于今天', 'The business date cannot be in the future')
  // 期初 is dated at the start by nature; any other back-dated posting re-values later movements.
  if (doc.businessDate < today && doc.subtype !== 'opening' && !can(user.role, 'stock.backdate')) {
    throw new ApiError('FORBIDDEN', {
      zh: '补录以前日期的单据需要仓库主管或管理员审核',
      en: 'Posting with an earlier date needs an approver or an administrator',
    })
  }
  checkPeriodOpen(core.db, doc.businessDate)
}

/**
 * 审核 of a 入库单, 出库单 or 调拨单: writes the ledger, allocates the number and marks the document
 * posted — inside the caller's write transaction. Idempotent: a posted document comes back unchanged.
 */
export function postDocument(core: Core, id: number, user: { id: number; role: Role }): StockDocument {
  const doc = requireDocument(core, id)
  if (doc.status === 'posted') return doc
  if (doc.lines.length === 0) throw badInput('单据没有明细行', 'The document has no lines')
  checkPostingDate(core, doc, user)
  checkWarehouse(core, doc.warehouseId)
  if (doc.toWarehouseId) checkWarehouse(core, doc.toWarehouseId)
  priceLines(core, doc.lines, doc.docType) // items may have been deactivated since the draft was saved
  const docNo = allocateDocNo(core.db, getSetting(core.db, `docPrefix.${doc.docType}`), doc.businessDate)
  // Receipts bring their own value; issues and transfers are valued by the ledger at the moving average.
  const fact = (line: StockDocument['lines'][number], warehouseId: number, qtyDelta: number) => ({
    documentId: doc.id,
    lineNo: line.lineNo,
    itemId: line.itemId,
    warehouseId,
    businessDate: doc.businessDate,
    qtyDelta,
    valueInFen: doc.docType === 'RK' ? line.amountFen : null,
  })
  const sign = doc.docType === 'RK' ? 1 : -1
  const sent = recordMovements(
    core.db,
    doc.lines.map((line) => fact(line, doc.warehouseId, sign * line.qtyMilli)),
  )
  // 调拨: the receiving side of each line takes the value its sending side was given.
  if (doc.docType === 'DB' && doc.toWarehouseId) {
    const to = doc.toWarehouseId
    recordMovements(
      core.db,
      doc.lines.map((line, index) => ({ ...fact(line, to, line.qtyMilli), transferOf: sent[index] })),
    )
  }
  markPosted(core.db, doc.id, docNo, user.id, timestamp(core))
  const posted = requireDocument(core, doc.id)
  exact(posted.totalFen) // an issue's total is the ledger's values: refused (rolled back) beyond the exact range
  return posted
}
