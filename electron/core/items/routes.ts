import { conflict, notFound } from '../../shared/errors'
import { timestamp, type Core } from '../context'
import { route } from '../route'
import {
  findBarcode,
  findItemByCode,
  getItem,
  hasMovements,
  insertItem,
  listItems,
  updateItem,
  type ItemFields,
} from './repository'

const ITEM = { zh: '物资', en: 'Item' }

/** Code and barcodes must be unique across items; the message names the item that holds them. */
function checkUnique(core: Core, fields: ItemFields, selfId?: number): void {
  const sameCode = findItemByCode(core.db, fields.code)
  if (sameCode && sameCode.id !== selfId) {
    throw conflict(
      `物资编码 ${fields.code} 已被「${sameCode.name}」使用`,
      `Item code ${fields.code} is used by ${sameCode.name}`,
    )
  }
  for (const barcode of fields.barcodes) {
    const holder = findBarcode(core.db, barcode)
    if (holder && holder.itemId !== selfId) {
      const other = getItem(core.db, holder.itemId)
      throw conflict(`条码 ${barcode} 已属于「${other?.name}」`, `Barcode ${barcode} belongs to ${other?.name}`)
    }
  }
}

export const itemRoutes = {
  'items.list': route<'items.list'>()({
    access: 'items.read',
    handler: (ctx, input) => ({ ...listItems(ctx.core.db, input), page: input.page, pageSize: input.pageSize }),
  }),

  'items.get': route<'items.get'>()({
    access: 'items.read',
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
      checkUnique(ctx.core, input)
      const item = getItem(ctx.core.db, insertItem(ctx.core.db, input, timestamp(ctx.core)))!
      ctx.note({ target: `item:${item.id}`, summary: `新建物资 ${item.code} ${item.name}`, after: item })
      return item
    },
  }),

  'items.update': route<'items.update'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = getItem(ctx.core.db, input.id)
      if (!before) throw notFound(ITEM)
      checkUnique(ctx.core, input, input.id)
      if (input.unitDecimals < before.unitDecimals && hasMovements(ctx.core.db, input.id)) {
        throw conflict('已有出入库记录的物资不能减少数量小数位', 'An item with movements cannot lose quantity decimals')
      }
      updateItem(ctx.core.db, input.id, input, timestamp(ctx.core))
      const after = getItem(ctx.core.db, input.id)!
      ctx.note({ target: `item:${after.id}`, summary: `修改物资 ${after.code} ${after.name}`, before, after })
      return after
    },
  }),

  'items.findByBarcode': route<'items.findByBarcode'>()({
    access: 'items.read',
    handler: (ctx, input) => {
      const match = findBarcode(ctx.core.db, input.barcode)
      const item = match && getItem(ctx.core.db, match.itemId)
      return item ? { item, barcode: input.barcode, qtyMilli: match.qtyMilli } : null
    },
  }),
}
