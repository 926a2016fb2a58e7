/** Stock document rules shared by the routes and the imports: lookups, line checks and posting. */
import type { ParsedInput, StockDocument } from '../../shared/contract'
import { badInput, conflict, notFound } from '../../shared/errors'
import { lineAmountFen } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import { getItem } from '../items/repository'
import { getSetting } from '../system/settings'
import { allocateDocNo, getDocument, markPosted, type DraftFields } from './documents'
import { recordMovements } from './ledger'

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

/** Checks every line against its item (exists, active, quantity within the unit's decimals) and prices it. */
export function priceLines(core: Core, lines: ParsedInput<'stock.updateDraft'>['lines']): DraftFields['lines'] {
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
    return { ...line, amountFen: lineAmountFen(line.qtyMilli, line.priceE4) }
  })
}

/**
 * 审核: writes the ledger, allocates the number and marks the document posted — inside the caller's
 * write transaction. Idempotent: a posted document comes back unchanged.
 */
export function postDocument(core: Core, id: number, userId: number): StockDocument {
  const doc = requireDocument(core, id)
  if (doc.status === 'posted') return doc
  if (doc.lines.length === 0) throw badInput('单据没有明细行', 'The document has no lines')
  if (doc.businessDate > localDate(core.now())) {
    throw badInput('业务日期不能晚于今天', 'The business date cannot be in the future')
  }
  checkWarehouse(core, doc.warehouseId)
  priceLines(core, doc.lines) // items may have been deactivated since the draft was saved
  const docNo = allocateDocNo(core.db, getSetting(core.db, 'docPrefix.RK'), doc.businessDate)
  recordMovements(
    core.db,
    doc.lines.map((line) => ({
      documentId: doc.id,
      lineNo: line.lineNo,
      itemId: line.itemId,
      warehouseId: doc.warehouseId,
      businessDate: doc.businessDate,
      qtyDelta: line.qtyMilli,
      valueInFen: line.amountFen,
    })),
  )
  markPosted(core.db, doc.id, docNo, userId, timestamp(core))
  return requireDocument(core, doc.id)
}
