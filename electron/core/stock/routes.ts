import type { ParsedInput } from '../../shared/contract'
import { badInput, conflict, notFound } from '../../shared/errors'
import { lineAmountFen } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import { getItem } from '../items/repository'
import { route, signedIn } from '../route'
import { getSetting } from '../system/settings'
import {
  allocateDocNo,
  deleteDraft,
  findByRequestId,
  getDocument,
  insertDraft,
  listDocuments,
  markPosted,
  updateDraft,
  type DraftFields,
} from './documents'
import { recordMovements } from './ledger'
import { listOnHand } from './on-hand'

const DOCUMENT = { zh: '单据', en: 'Document' }

function requireDocument(core: Core, id: number) {
  const doc = getDocument(core.db, id)
  if (!doc) throw notFound(DOCUMENT)
  return doc
}

function requireDraft(core: Core, id: number) {
  const doc = requireDocument(core, id)
  if (doc.status !== 'draft') throw conflict('单据已审核，不能修改', 'The document is posted and cannot be changed')
  return doc
}

function checkWarehouse(core: Core, warehouseId: number): void {
  const row = core.db.prepare('SELECT active FROM warehouses WHERE id = ?').get(warehouseId) as
    { active: number } | undefined
  if (row?.active !== 1) throw badInput('仓库不存在或已停用', 'The warehouse does not exist or is inactive')
}

/** Checks every line against its item (exists, active, quantity within the unit's decimals) and prices it. */
function priceLines(core: Core, lines: ParsedInput<'stock.updateDraft'>['lines']): DraftFields['lines'] {
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

export const stockRoutes = {
  'stock.createDraft': route<'stock.createDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      // A retried create (same client request id) returns the document the first attempt made.
      const existing = findByRequestId(ctx.core.db, input.requestId)
      if (existing) {
        if (existing.createdBy !== user.id) throw conflict('请求编号冲突', 'Request id already used')
        return requireDocument(ctx.core, existing.id)
      }
      checkWarehouse(ctx.core, input.warehouseId)
      const lines = priceLines(ctx.core, input.lines)
      const id = insertDraft(ctx.core.db, { ...input, lines, userId: user.id }, timestamp(ctx.core))
      ctx.note({ target: `document:${id}`, summary: `新建入库单草稿（${lines.length} 行）` })
      return requireDocument(ctx.core, id)
    },
  }),

  'stock.updateDraft': route<'stock.updateDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireDraft(ctx.core, input.id)
      checkWarehouse(ctx.core, input.warehouseId)
      updateDraft(ctx.core.db, input.id, { ...input, lines: priceLines(ctx.core, input.lines) }, timestamp(ctx.core))
      const after = requireDocument(ctx.core, input.id)
      ctx.note({ target: `document:${input.id}`, summary: '修改草稿', before, after })
      return after
    },
  }),

  'stock.deleteDraft': route<'stock.deleteDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireDraft(ctx.core, input.id)
      deleteDraft(ctx.core.db, input.id)
      ctx.note({ target: `document:${input.id}`, summary: '删除草稿', before })
      return { ok: true }
    },
  }),

  'stock.get': route<'stock.get'>()({
    access: 'stock.read',
    handler: (ctx, input) => requireDocument(ctx.core, input.id),
  }),

  'stock.list': route<'stock.list'>()({
    access: 'stock.read',
    handler: (ctx, input) => ({ ...listDocuments(ctx.core.db, input), page: input.page, pageSize: input.pageSize }),
  }),

  /** 审核: idempotent — posting a posted document returns it unchanged. */
  'stock.post': route<'stock.post'>()({
    access: 'stock.post',
    mutates: true,
    handler: (ctx, input) => {
      const doc = requireDocument(ctx.core, input.id)
      if (doc.status === 'posted') return doc
      if (doc.lines.length === 0) throw badInput('单据没有明细行', 'The document has no lines')
      if (doc.businessDate > localDate(ctx.core.now())) {
        throw badInput('业务日期不能晚于今天', 'The business date cannot be in the future')
      }
      checkWarehouse(ctx.core, doc.warehouseId)
      priceLines(ctx.core, doc.lines) // items may have been deactivated since the draft was saved
      const user = signedIn(ctx)
      const docNo = allocateDocNo(ctx.core.db, getSetting(ctx.core.db, 'docPrefix.RK'), doc.businessDate)
      recordMovements(
        ctx.core.db,
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
      markPosted(ctx.core.db, doc.id, docNo, user.id, timestamp(ctx.core))
      ctx.note({ target: `document:${doc.id}`, summary: `审核入库单 ${docNo}` })
      return requireDocument(ctx.core, doc.id)
    },
  }),

  'stock.onHand': route<'stock.onHand'>()({
    access: 'stock.read',
    handler: (ctx, input) => ({ ...listOnHand(ctx.core.db, input), page: input.page, pageSize: input.pageSize }),
  }),
}
