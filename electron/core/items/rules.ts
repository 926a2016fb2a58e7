import type { ItemFields } from './repository'
import { checkBarcode } from '../../shared/barcode'
import { badInput, conflict } from '../../shared/errors'
import type { Db } from '../db/open'
import { findBarcode, findItemByCode } from './repository'

const exists = (db: Db, table: string, id: number) =>
  db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined

/** Every barcode of an item (base and packs), as one list. */
export const allBarcodes = (fields: Pick<ItemFields, 'barcodes' | 'packUnits'>): string[] => [
  ...fields.barcodes,
  ...fields.packUnits.flatMap((p) => p.barcodes),
]

/** A barcode's check digit, as a message naming the expected digit; null when it is fine. */
export function barcodeProblem(code: string): string | null {
  const check = checkBarcode(code)
  return check.ok ? null : `条码 ${code} 的校验位错误（${check.kind}），应为 ${check.expected}`
}

/** The rules an item must meet before it is written; throws a clear bilingual error on the first failure. */
export function checkItem(db: Db, fields: ItemFields, selfId?: number): void {
  const sameCode = findItemByCode(db, fields.code)
  if (sameCode && sameCode.id !== selfId) {
    throw conflict(
      `物资编码 ${fields.code} 已被「${sameCode.name}」使用`,
      `Item code ${fields.code} is used by ${sameCode.name}`,
    )
  }
  const seen = new Set<string>()
  for (const code of allBarcodes(fields)) {
    const problem = barcodeProblem(code)
    if (problem) throw badInput(problem, `Barcode ${code} has a wrong check digit`)
    if (seen.has(code)) throw badInput(`条码 ${code} 重复`, `Barcode ${code} is listed twice`)
    seen.add(code)
    const holder = findBarcode(db, code)
    if (holder && holder.itemId !== selfId) {
      const other = db.prepare('SELECT name FROM items WHERE id = ?').get(holder.itemId) as { name: string }
      throw conflict(`条码 ${code} 已属于「${other.name}」`, `Barcode ${code} belongs to ${other.name}`)
    }
  }
  const step = 10 ** (3 - fields.unitDecimals)
  const names = new Set([fields.unit])
  for (const pack of fields.packUnits) {
    if (names.has(pack.name)) throw badInput(`单位「${pack.name}」重复`, `Unit ${pack.name} is listed twice`)
    names.add(pack.name)
    if (pack.qtyMilli % step !== 0) {
      throw badInput(
        `包装单位「${pack.name}」的换算数量必须是「${fields.unit}」的 ${fields.unitDecimals} 位小数以内`,
        `Pack unit ${pack.name} must hold a quantity within the base unit's decimals`,
      )
    }
  }
  const warehouses = new Set<number>()
  for (const limit of fields.stockLimits) {
    if (!exists(db, 'warehouses', limit.warehouseId) || warehouses.has(limit.warehouseId)) {
      throw badInput('库存上下限的仓库无效或重复', 'Stock limit warehouse is unknown or repeated')
    }
    warehouses.add(limit.warehouseId)
    if (limit.maxMilli !== null && limit.maxMilli < limit.minMilli) {
      throw badInput('最高库存不能低于最低库存', 'Maximum stock cannot be below the minimum')
    }
  }
  if (fields.categoryId && !exists(db, 'categories', fields.categoryId))
    throw badInput('分类不存在', 'No such category')
  if (fields.defaultSupplierId && !exists(db, 'suppliers', fields.defaultSupplierId)) {
    throw badInput('默认供应商不存在', 'No such supplier')
  }
  if (fields.defaultLocationId && !exists(db, 'locations', fields.defaultLocationId)) {
    throw badInput('默认库位不存在', 'No such location')
  }
}
