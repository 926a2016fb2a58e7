import { badInput } from '../../shared/errors'
import { afterReversal } from '../purchase/receiving'
import { timestamp } from '../context'
import { repeatedCreate } from '../request-id'
import { route, signedIn } from '../route'
import { deleteDraft, insertDraft, listDocuments, updateDraft } from './documents'
import { listOnHand } from './on-hand'
import { itemLedger } from './item-ledger'
import { reverseDocument } from './reversal'
import { createStocktake, postStocktake, refuseStocktakeEdit, requireStocktake, setCounts } from './stocktake'
import {
  checkParties,
  checkWarehouse,
  DOC_NAMES,
  postDocument,
  priceLines,
  requireDocument,
  requireDraft,
} from './service'

const DEFAULT_SUBTYPE = { RK: 'other', CK: 'issue', DB: 'transfer', PD: 'stocktake' } as const

export const stockRoutes = {
  'stock.createDraft': route<'stock.createDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const user = signedIn(ctx)
      const repeated = repeatedCreate(ctx, 'documents', input.requestId)
      if (repeated) return requireDocument(ctx.core, repeated)
      refuseStocktakeEdit(input.docType)
      checkWarehouse(ctx.core, input.warehouseId)
      const subtype = input.subtype ?? DEFAULT_SUBTYPE[input.docType]
      if (subtype === 'purchase') throw badInput('采购入库请从采购订单验收', 'Receive purchases against their order')
      const lines = priceLines(ctx.core, input.lines, input.docType)
      checkParties(ctx.core, input.docType, subtype, { ...input, lines })
      const id = insertDraft(ctx.core.db, { ...input, subtype, lines, userId: user.id }, timestamp(ctx.core))
      ctx.note({ target: `document:${id}`, summary: `新建${DOC_NAMES[input.docType]}草稿（${lines.length} 行）` })
      return requireDocument(ctx.core, id)
    },
  }),

  'stock.updateDraft': route<'stock.updateDraft'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = requireDraft(ctx.core, input.id)
      refuseStocktakeEdit(before.docType)
      checkWarehouse(ctx.core, input.warehouseId)
      const fields = { ...input, lines: priceLines(ctx.core, input.lines, before.docType) }
      checkParties(ctx.core, before.docType, before.subtype, fields)
      updateDraft(ctx.core.db, input.id, fields, timestamp(ctx.core))
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
      const user = signedIn(ctx)
      if (requireDocument(ctx.core, input.id).docType === 'PD') postStocktake(ctx.core, input.id, user)
      const doc = postDocument(ctx.core, input.id, user)
      ctx.note({ target: `document:${doc.id}`, summary: `审核${DOC_NAMES[doc.docType]} ${doc.docNo}` })
      return doc
    },
  }),

  'stock.reverse': route<'stock.reverse'>()({
    access: 'stock.post',
    mutates: true,
    handler: (ctx, input) => {
      const reversal = reverseDocument(ctx.core, input.id, input.requestId, signedIn(ctx))
      afterReversal(ctx.core, input.id)
      ctx.note({ target: `document:${input.id}`, summary: `红冲 ${reversal.reversesNo}，红冲单 ${reversal.docNo}` })
      return reversal
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
      if (repeated) return requireStocktake(ctx.core, repeated)
      const { id, lines } = createStocktake(ctx.core, input, user.id)
      ctx.note({ target: `document:${id}`, summary: `新建盘点单（${lines} 行${input.blind ? '，盲盘' : ''}）` })
      return requireStocktake(ctx.core, id)
    },
  }),

  'stock.stocktakeGet': route<'stock.stocktakeGet'>()({
    access: 'stock.read',
    handler: (ctx, input) => requireStocktake(ctx.core, input.id),
  }),

  'stock.stocktakeCount': route<'stock.stocktakeCount'>()({
    access: 'stock.write',
    mutates: true,
    handler: (ctx, input) => {
      setCounts(ctx.core, input)
      ctx.note({
        target: `document:${input.id}`,
        summary: `录入实盘数（${input.counts.length} 行）`,
        after: input.counts,
      })
      return requireStocktake(ctx.core, input.id)
    },
  }),

  'stock.itemLedger': route<'stock.itemLedger'>()({
    access: 'stock.read',
    handler: (ctx, input) => itemLedger(ctx.core.db, input),
  }),
}
