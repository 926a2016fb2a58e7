/**
 * The actions on stock documents (入库单, 出库单, 调拨单) and 盘点单, for the caller: the `actions` list
 * returned with each document and the guard of the routes that do them (see ../actions.ts).
 */
import type { StockAction, StockDocumentSummary, User } from '../../shared/contract'
import { ApiError, conflict } from '../../shared/errors'
import { can } from '../../shared/permissions'
import { allowedActions, requireAction, type ActionRules } from '../actions'
import { localDate, type Core } from '../context'
import { checkPeriodOpen } from './periods'

type Doc = Pick<StockDocumentSummary, 'docType' | 'status' | 'businessDate' | 'reversesId' | 'reversedById'>

const posted = (doc: Doc) =>
  doc.status === 'posted' ? conflict('单据已审核，不能修改', 'The document is posted and cannot be changed') : null
const stocktake = (doc: Doc) =>
  doc.docType === 'PD' ? conflict('盘点单请在盘点表中录入实盘数', 'Count a stocktake on its count sheet') : null
const notStocktake = (doc: Doc) =>
  doc.docType !== 'PD' ? conflict('只有盘点单录入实盘数', 'Only a stocktake takes counts') : null

function refuseReversal(doc: Doc, user: User, core: Core): ApiError | null {
  if (doc.status !== 'posted') return conflict('只有已审核的单据可以红冲', 'Only a posted document can be reversed')
  if (doc.reversesId) return conflict('红冲单不能再红冲', 'A reversal cannot be reversed')
  if (doc.reversedById) return conflict('单据已红冲', 'The document is reversed already')
  if (doc.docType === 'PD') {
    return conflict('盘点单不能红冲：请红冲它生成的盘盈单或盘亏单', 'Reverse the surplus or shortage document instead')
  }
  if (doc.businessDate < localDate(core.now()) && !can(user.role, 'stock.backdate')) {
    return new ApiError('FORBIDDEN', {
      zh: '红冲以前日期的单据需要仓库主管或管理员',
      en: 'Reversing an earlier document needs an approver or an administrator',
    })
  }
  try {
    checkPeriodOpen(core.db, doc.businessDate)
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  return null
}

export const STOCK_RULES: ActionRules<StockAction, Doc> = {
  edit: { permission: 'stock.write', refuse: (doc) => posted(doc) ?? stocktake(doc) },
  count: { permission: 'stock.write', refuse: (doc) => posted(doc) ?? notStocktake(doc) },
  post: { permission: 'stock.post', refuse: posted },
  delete: { permission: 'stock.write', refuse: posted },
  reverse: { permission: 'stock.post', refuse: refuseReversal },
}

export const stockActions = (core: Core, doc: Doc, user: User): StockAction[] =>
  allowedActions(STOCK_RULES, doc, user, core)

export const requireStockAction = (core: Core, doc: Doc, user: User, action: StockAction): void =>
  requireAction(STOCK_RULES, action, doc, user, core)

/** A document as the caller sees it: with what they may do to it. */
export const stockView = <D extends Doc>(core: Core, doc: D, user: User): D & { actions: StockAction[] } => ({
  ...doc,
  actions: stockActions(core, doc, user),
})
