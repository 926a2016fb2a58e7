/**
 * Items from Excel: every row is checked, every problem reported with its row and column, and nothing
 * is imported unless the whole file is clean.
 */
import type { ImportIssue } from '../../shared/contract'
import { parsePrice, parseQuantity } from '../../shared/money'
import type { Db } from '../db/open'
import { missingColumns } from '../excel/report'
import type { Sheet } from '../excel/workbook'
import { findCategoryByPath } from '../master/categories'
import { unitDecimals } from '../master/units'
import { findBarcode, findItemByCode, type ItemFields } from './repository'
import { barcodeProblem } from './rules'

export const ITEM_COLUMNS = {
  code: '物资编码',
  name: '物资名称',
  spec: '规格型号',
  category: '分类',
  unit: '基本单位',
  packUnit: '包装单位',
  packRatio: '包装换算',
  barcode: '条码',
  packBarcode: '包装条码',
  minStock: '最低库存',
  maxStock: '最高库存',
  price: '参考单价',
  notes: '备注',
} as const
const REQUIRED = [ITEM_COLUMNS.name, ITEM_COLUMNS.unit]

const splitCodes = (text: string) => text.split(/[\s,;，；]+/).filter(Boolean)

export interface CheckedItems {
  items: (ItemFields & { row: number })[]
  issues: ImportIssue[]
}

/** Checks a sheet of items against the file itself and the database; returns the rows as item fields. */
export function checkItemRows(db: Db, sheet: Sheet, warehouseId: number): CheckedItems {
  const issues = missingColumns(sheet, REQUIRED)
  if (issues.length) return { items: [], issues }
  const codes = new Map<string, number>()
  const barcodes = new Map<string, number>()
  const items: CheckedItems['items'] = []
  for (const { row, cells } of sheet.rows) {
    const issue = (column: string, message: string) => issues.push({ row, column, message })
    const get = (column: string) => cells[column] ?? ''
    const name = get(ITEM_COLUMNS.name)
    if (!name) issue(ITEM_COLUMNS.name, '物资名称不能为空')
    const code = get(ITEM_COLUMNS.code)
    if (code) {
      if (!/^[A-Za-z0-9_.-]{1,32}$/.test(code)) issue(ITEM_COLUMNS.code, `编码「${code}」只能包含字母、数字和 _ . -`)
      else if (codes.has(code.toUpperCase()))
        issue(ITEM_COLUMNS.code, `编码 ${code} 与第 ${codes.get(code.toUpperCase())} 行重复`)
      else if (findItemByCode(db, code)) issue(ITEM_COLUMNS.code, `编码 ${code} 已存在`)
      codes.set(code.toUpperCase(), row)
    }
    const unit = get(ITEM_COLUMNS.unit)
    const decimals = unit ? unitDecimals(db, unit) : undefined
    if (!unit) issue(ITEM_COLUMNS.unit, '基本单位不能为空')
    else if (decimals === undefined) issue(ITEM_COLUMNS.unit, `未知单位「${unit}」`)
    const categoryText = get(ITEM_COLUMNS.category)
    const categoryId = categoryText ? findCategoryByPath(db, categoryText) : null
    if (categoryText && categoryId === undefined) issue(ITEM_COLUMNS.category, `未知分类「${categoryText}」`)
    const quantity = (column: string) => {
      const text = get(column)
      if (!text) return null
      const value = parseQuantity(text, decimals ?? 3)
      if (value === null || value < 0)
        issue(column, `数量「${text}」不正确${decimals === 0 ? '（该单位不允许小数）' : ''}`)
      return value
    }
    const packUnit = get(ITEM_COLUMNS.packUnit)
    const packRatio = quantity(ITEM_COLUMNS.packRatio)
    if (packUnit && unitDecimals(db, packUnit) === undefined) issue(ITEM_COLUMNS.packUnit, `未知单位「${packUnit}」`)
    if (packUnit && packUnit === unit) issue(ITEM_COLUMNS.packUnit, '包装单位不能与基本单位相同')
    if (Boolean(packUnit) !== (packRatio !== null && packRatio > 0)) {
      issue(ITEM_COLUMNS.packRatio, '包装单位和包装换算需同时填写，换算须大于 0')
    }
    const checkCodes = (column: string) => {
      const list = splitCodes(get(column))
      for (const code of list) {
        const problem = barcodeProblem(code)
        if (problem) issue(column, problem)
        else if (barcodes.has(code)) issue(column, `条码 ${code} 与第 ${barcodes.get(code)} 行重复`)
        else if (findBarcode(db, code)) issue(column, `条码 ${code} 已被其他物资使用`)
        barcodes.set(code, row)
      }
      return list
    }
    const baseCodes = checkCodes(ITEM_COLUMNS.barcode)
    const packCodes = checkCodes(ITEM_COLUMNS.packBarcode)
    if (packCodes.length && !packUnit) issue(ITEM_COLUMNS.packBarcode, '填写包装条码时需要包装单位')
    const minMilli = quantity(ITEM_COLUMNS.minStock)
    const maxMilli = quantity(ITEM_COLUMNS.maxStock)
    if (minMilli !== null && maxMilli !== null && maxMilli < minMilli)
      issue(ITEM_COLUMNS.maxStock, '最高库存低于最低库存')
    const priceText = get(ITEM_COLUMNS.price)
    const price = priceText ? parsePrice(priceText) : 0
    if (price === null || price < 0) issue(ITEM_COLUMNS.price, `单价「${priceText}」不正确（最多 4 位小数）`)
    items.push({
      row,
      code,
      name,
      spec: get(ITEM_COLUMNS.spec),
      unit,
      unitDecimals: decimals ?? 0,
      refPriceE4: price ?? 0,
      barcodes: baseCodes,
      packUnits: packUnit && packRatio ? [{ name: packUnit, qtyMilli: packRatio, barcodes: packCodes }] : [],
      categoryId: categoryId ?? null,
      stockLimits:
        minMilli !== null || maxMilli !== null
          ? [{ warehouseId, minMilli: minMilli ?? 0, maxMilli: maxMilli ?? null }]
          : [],
      defaultSupplierId: null,
      defaultLocationId: null,
      notes: get(ITEM_COLUMNS.notes),
      allowNegative: false,
    })
  }
  return { items, issues }
}
