import { ApiError, badInput, conflict, notFound } from '../../shared/errors'
import { can } from '../../shared/permissions'
import { timestamp } from '../context'
import { route, signedIn, type RouteContext } from '../route'
import { unitDecimals } from '../master/units'
import { nextInStoreBarcode, nextItemCode } from './codes'
import { importItems, itemTemplate, parseItems } from './excel'
import {
  deleteItem,
  findBarcode,
  getItem,
  hasHistory,
  hasMovements,
  insertItem,
  updateItem,
  type ItemFields,
} from './repository'
import { getPhoto, setPhoto } from './photo'
import { checkItem } from './rules'
import { resolveCode } from './resolve'
import { searchItems } from './search'

const ITEM = { zh: '物资', en: 'Item' }

function checkUnits(db: Parameters<typeof unitDecimals>[0], fields: ItemFields): void {
  for (const unit of [fields.unit, ...fields.packUnits.map((p) => p.name)]) {
    if (unitDecimals(db, unit) === undefined) {
      throw badInput(`未知单位「${unit}」，请先在单位列表中添加`, `Unknown unit ${unit}; add it to the unit list first`)
    }
  }
}

/** 允许负库存 is the administrator's to turn on, and cannot be turned off while stock is below zero. */
function checkAllowNegative(ctx: RouteContext, wanted: boolean, itemId?: number, before = false): void {
  if (wanted === before) return
  if (!can(signedIn(ctx).role, 'settings.write')) {
    throw new ApiError('FORBIDDEN', {
      zh: '只有管理员可以设置“允许负库存”',
      en: 'Only an administrator may change “allow negative stock”',
    })
  }
  const negative =
    itemId && ctx.core.db.prepare('SELECT 1 FROM stock_balances WHERE item_id = ? AND qty_milli < 0').get(itemId)
  if (!wanted && negative) {
    throw conflict('该物资现有负库存，补足后才能取消“允许负库存”', 'The item is below zero; restock it first')
  }
}

export const itemRoutes = {
  'items.list': route<'items.list'>()({
    access: 'master.read',
    handler: (ctx, input) => ({
      ...searchItems(ctx.core.db, input, input.pageSize, (input.page - 1) * input.pageSize),
      page: input.page,
      pageSize: input.pageSize,
    }),
  }),

  'items.get': route<'items.get'>()({
    access: 'master.read',
    handler: (ctx, input) => {
      const item = getItem(ctx.core.db, input.id)
      if (!item) throw notFound(ITEM)
      return item
    },
  }),

  'items.create': route<'items.create'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const fields = { ...input, code: input.code || nextItemCode(db) }
      checkAllowNegative(ctx, fields.allowNegative)
      checkUnits(db, fields)
      checkItem(db, fields)
      const item = getItem(db, insertItem(db, fields, timestamp(ctx.core)))!
      ctx.note({ target: `item:${item.id}`, summary: `新建物资 ${item.code} ${item.name}`, after: item })
      return item
    },
  }),

  'items.update': route<'items.update'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const before = getItem(db, input.id)
      if (!before) throw notFound(ITEM)
      const fields = { ...input, code: input.code || before.code }
      checkAllowNegative(ctx, fields.allowNegative, input.id, before.allowNegative)
      checkUnits(db, fields)
      checkItem(db, fields, input.id)
      if (hasMovements(db, input.id)) {
        if (fields.unit !== before.unit || fields.unitDecimals < before.unitDecimals) {
          throw conflict(
            '已有出入库记录的物资不能更改基本单位或减少小数位',
            'An item with movements keeps its base unit and decimals',
          )
        }
      }
      updateItem(db, input.id, fields, timestamp(ctx.core))
      const after = getItem(db, input.id)!
      ctx.note({ target: `item:${after.id}`, summary: `修改物资 ${after.code} ${after.name}`, before, after })
      return after
    },
  }),

  /** Only an item without history can be deleted; one with history is deactivated instead. */
  'items.delete': route<'items.delete'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = getItem(ctx.core.db, input.id)
      if (!before) throw notFound(ITEM)
      if (hasHistory(ctx.core.db, input.id)) {
        throw conflict(
          '该物资已有单据记录，不能删除，只能停用',
          'The item has history: deactivate it instead of deleting',
        )
      }
      deleteItem(ctx.core.db, input.id)
      ctx.note({ target: `item:${input.id}`, summary: `删除物资 ${before.code} ${before.name}`, before })
      return { ok: true }
    },
  }),

  'items.getPhoto': route<'items.getPhoto'>()({
    access: 'master.read',
    handler: (ctx, input) => getPhoto(ctx.core.db, input.id),
  }),

  'items.setPhoto': route<'items.setPhoto'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const item = getItem(ctx.core.db, input.id)
      if (!item) throw notFound(ITEM)
      setPhoto(ctx.core.db, input.id, input.base64 === null ? null : Buffer.from(input.base64, 'base64'))
      ctx.note({
        target: `item:${item.id}`,
        summary: `${input.base64 === null ? '删除' : '更换'}物资照片 ${item.code} ${item.name}`,
      })
      return { ok: true }
    },
  }),

  'items.findByBarcode': route<'items.findByBarcode'>()({
    access: 'master.read',
    handler: (ctx, input) => {
      const match = findBarcode(ctx.core.db, input.barcode)
      const item = match && getItem(ctx.core.db, match.itemId)
      return item ? { item, barcode: input.barcode, qtyMilli: match.qtyMilli, unitName: match.unitName } : null
    },
  }),

  'items.generateBarcode': route<'items.generateBarcode'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx) => {
      const barcode = nextInStoreBarcode(ctx.core.db)
      ctx.note({ target: 'barcode', summary: `生成店内码 ${barcode}` })
      return { barcode }
    },
  }),

  'items.importTemplate': route<'items.importTemplate'>()({
    access: 'master.read',
    prepare: () => itemTemplate(),
    handler: (_ctx, _input, file) => file,
  }),

  'items.importCheck': route<'items.importCheck'>()({
    access: 'items.write',
    prepare: (_ctx, input) => parseItems(input.base64),
    handler: (ctx, _input, sheet) => importItems(ctx.core, sheet, false),
  }),

  /** All or nothing: the rows are checked again inside the transaction that writes them. */
  'items.import': route<'items.import'>()({
    access: 'items.write',
    mutates: true,
    prepare: (_ctx, input) => parseItems(input.base64),
    handler: (ctx, input, sheet) => {
      const report = importItems(ctx.core, sheet, true)
      if (report.ok)
        ctx.note({ target: 'items', summary: `导入物资 ${report.imported} 条（${input.fileName || 'Excel'}）` })
      return report
    },
  }),

  'items.resolve': route<'items.resolve'>()({
    access: 'master.read',
    handler: (ctx, input) => resolveCode(ctx.core.db, input),
  }),
}
