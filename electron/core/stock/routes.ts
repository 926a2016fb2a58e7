import { badInput } from '../../shared/errors'
import { afterReversal } from '../purchase/receiving'
import { timestamp } from '../context'
import { repeatedCreate } from '../request-id'
import { route, signedIn } from '../route'
import { deleteDraft, insertDraft, listDocuments, updateDraft } from './documents'
import { listOnHand } from './on-hand'
import { itemLedger } from './item-ledger'
import { reverseDocument } from './reversal'
import { requireStockAction, stockView } from './actions'
import { createStocktake, postStocktake, refuseStocktakeEdit, requireStocktake, setCounts } from './stocktake'
import { checkParties, checkWarehouse, DOC_NAMES, postDocument, priceLines, requireDocument } from './service'

const DEFAULT_SUBTYPE = { RK: 'other', CK: 'issue', DB: 'transfer', PD: 'stocktake' } as const

export const stockRoutes = {
  'stock.createDraft': route<'stock.createDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const repeated = repeatedCreate(ctx, 'documents', input.requestId)
      if (repeated) return stockView(ctx.core, requireDocument(ctx.core, repeated), user)
      refuseStocktakeEdit(input.docType)
      checkWarehouse(ctx.core, input.warehouseId)
      const subtype = input.subtype ?? DEFAULT_SUBTYPE[input.docType]
      if (subtype === 'purchase') throw badInput('采购入库请从采购订单验收', 'Receive purchases against their order')
      const lines = priceLines(ctx.core, input.lines, input.docType)
      checkParties(ctx.core, input.docType, subtype, { ...input, lines })
      const id = insertDraft(ctx.core.db, { ...input, subtype, lines, userId: user.id }, timestamp(ctx.core))
      ctx.note({ target: `document:${id}`, summary: `新建${DOC_NAMES[input.docType]}草稿（${lines.length} 行）` })
      return stockView(ctx.core, requireDocument(ctx.core, id), user)
    },
  }),

  'stock.updateDraft': route<'stock.updateDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const before = requireDocument(ctx.core, input.id)
      requireStockAction(ctx.core, before, user, 'edit')
      checkWarehouse(ctx.core, input.warehouseId)
      const fields = { ...input, lines: priceLines(ctx.core, input.lines, before.docType) }
      checkParties(ctx.core, before.docType, before.subtype, fields)
      updateDraft(ctx.core.db, input.id, fields, timestamp(ctx.core))
      const after = requireDocument(ctx.core, input.id)
      ctx.note({ target: `document:${input.id}`, summary: '修改草稿', before, after })
      return stockView(ctx.core, after, user)
    },
  }),

  'stock.deleteDraft': route<'stock.deleteDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireDocument(ctx.core, input.id)
      requireStockAction(ctx.core, before, signedIn(ctx), 'delete')
      deleteDraft(ctx.core.db, input.id)
      ctx.note({ target: `document:${input.id}`, summary: '删除草稿', before })
      return { ok: true }
    },
  }),

  'stock.get': route<'stock.get'>()({
    access: 'stock.read',
    handler: (ctx, input) => stockView(ctx.core, requireDocument(ctx.core, input.id), signedIn(ctx)),
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
      const user = signedIn(ctx)
      const before = requireDocument(ctx.core, input.id)
      if (before.status === 'posted') return stockView(ctx.core, before, user) // a repeated 审核
      requireStockAction(ctx.core, before, user, 'post')
      if (before.docType === 'PD') postStocktake(ctx.core, input.id, user)
      const doc = postDocument(ctx.core, input.id, user)
      ctx.note({ target: `document:${doc.id}`, summary: `审核${DOC_NAMES[doc.docType]} ${doc.docNo}` })
      return stockView(ctx.core, doc, user)
    },
  }),

  'stock.reverse': route<'stock.reverse'>()({
    access: 'stock.post',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const reversal = reverseDocument(ctx.core, input.id, input.requestId, user)
      afterReversal(ctx.core, input.id)
      ctx.note({ target: `document:${input.id}`, summary: `红冲 ${reversal.reversesNo}，红冲单 ${reversal.docNo}` })
      return stockView(ctx.core, reversal, user)
    },
  }),

  'stock.onHand': route<'stock.onHand'>()({
    access: 'stock.read',
    handler: (ctx, input) => ({ ...listOnHand(ctx.core.db, input), page: input.page, pageSize: input.pageSize }),
  }),

  'stock.stocktakeCreate': route<'stock.stocktakeCreate'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const repeated = repeatedCreate(ctx, 'documents', input.requestId)
      if (repeated) return stockView(ctx.core, requireStocktake(ctx.core, repeated), user)
      const { id, lines } = createStocktake(ctx.core, input, user.id)
      ctx.note({ target: `document:${id}`, summary: `新建盘点单（${lines} 行${input.blind ? '，盲盘' : ''}）` })
      return stockView(ctx.core, requireStocktake(ctx.core, id), user)
    },
  }),

  'stock.stocktakeGet': route<'stock.stocktakeGet'>()({
    access: 'stock.read',
    handler: (ctx, input) => stockView(ctx.core, requireStocktake(ctx.core, input.id), signedIn(ctx)),
  }),

  'stock.stocktakeCount': route<'stock.stocktakeCount'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      requireStockAction(ctx.core, requireDocument(ctx.core, input.id), user, 'count')
      setCounts(ctx.core, input)
      ctx.note({
        target: `document:${input.id}`,
        summary: `录入实盘数（${input.counts.length} 行）`,
        after: input.counts,
      })
      return stockView(ctx.core, requireStocktake(ctx.core, input.id), user)
    },
  }),

  'stock.itemLedger': route<'stock.itemLedger'>()({
    access: 'stock.read',
    handler: (ctx, input) => itemLedger(ctx.core.db, input),
  }),
}
