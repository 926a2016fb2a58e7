/**
 * 期初库存 from Excel: each row is an item, a warehouse (default: the first active one), a quantity and
 * either a unit price or an amount. All rows are checked first; a clean file becomes one posted 期初
 * stock-in per warehouse, in the caller's transaction, so the import is all or nothing.
 */
import crypto from 'node:crypto'
import type { FileData, ImportIssue, ImportReport, Item, Role } from '../../shared/contract'
import { ApiError } from '../../shared/errors'
import { averagePriceE4, lineAmountOrNull, outOfRange, parseFen, parsePrice, parseQuantity } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import { importReport, missingColumns } from '../excel/report'
import { writeSheet, type Column, type Sheet } from '../excel/workbook'
import { findItemByCode } from '../items/repository'
import { defaultWarehouseId, listWarehouses } from '../master/org'
import { insertDraft, type DraftFields } from './documents'
import { postDocument } from './service'

const H = { item: '物资编码', warehouse: '仓库编码', qty: '数量', price: '单价', amount: '金额' } as const

const COLUMNS: Column[] = [
  { header: `${H.item}*`, text: true },
  { header: H.warehouse, text: true, note: '留空则为默认仓库' },
  { header: `${H.qty}*`, note: '基本单位数量' },
  { header: H.price, note: '元，最多 4 位小数；与金额二选一' },
  { header: H.amount, note: '元，2 位小数；填写金额时以金额为准' },
]

export async function openingTemplate(): Promise<FileData> {
  return {
    fileName: '期初库存导入模板.xlsx',
    base64: await writeSheet('期初库存', COLUMNS, [['WZ10001', '', '20', '24.50', '']]),
  }
}

type OpeningLine = DraftFields['lines'][number] & { warehouseId: number }

function checkRows(core: Core, sheet: Sheet): { lines: OpeningLine[]; issues: ImportIssue[] } {
  const issues = missingColumns(sheet, [H.item, H.qty])
  if (issues.length) return { lines: [], issues }
  const warehouses = new Map(
    listWarehouses(core.db)
      .filter((w) => w.active)
      .map((w) => [w.code.toUpperCase(), w.id]),
  )
  const fallback = defaultWarehouseId(core.db)
  const seen = new Map<string, number>()
  const hasMovements = core.db.prepare('SELECT 1 FROM stock_movements WHERE item_id = ? AND warehouse_id = ? LIMIT 1')
  const lines: OpeningLine[] = []
  for (const { row, cells } of sheet.rows) {
    const issue = (column: string, message: string) => issues.push({ row, column, message })
    const get = (column: string) => cells[column] ?? ''
    const code = get(H.item)
    const item: Item | undefined = code ? findItemByCode(core.db, code) : undefined
    if (!item) issue(H.item, code ? `物资编码 ${code} 不存在` : '物资编码不能为空')
    else if (!item.active) issue(H.item, `物资「${item.name}」已停用`)
    const warehouseCode = get(H.warehouse)
    const warehouseId = warehouseCode ? warehouses.get(warehouseCode.toUpperCase()) : fallback
    if (warehouseId === undefined) issue(H.warehouse, `仓库编码 ${warehouseCode} 不存在或已停用`)
    const qtyText = get(H.qty)
    const qty = parseQuantity(qtyText, item?.unitDecimals ?? 3)
    if (qty === null || qty <= 0) {
      issue(H.qty, `数量「${qtyText}」不正确${item?.unitDecimals === 0 ? `（单位「${item.unit}」不允许小数）` : ''}`)
    }
    const amountText = get(H.amount)
    const priceText = get(H.price)
    const amount = amountText ? parseFen(amountText) : null
    const price = priceText ? parsePrice(priceText) : null
    if (amountText && (amount === null || amount < 0)) issue(H.amount, `金额「${amountText}」不正确（最多 2 位小数）`)
    else if (!amountText && priceText && (price === null || price < 0))
      issue(H.price, `单价「${priceText}」不正确（最多 4 位小数）`)
    else if (!amountText && !priceText) issue(H.price, '单价和金额至少填写一项')
    if (item && warehouseId !== undefined) {
      const key = `${item.id}:${warehouseId}`
      if (seen.has(key)) issue(H.item, `与第 ${seen.get(key)} 行重复（同一物资、同一仓库）`)
      else if (hasMovements.get(item.id, warehouseId))
        issue(H.item, `「${item.name}」在该仓库已有出入库记录，不能再导入期初`)
      seen.set(key, row)
    }
    if (item && warehouseId !== undefined && qty !== null && qty > 0) {
      const amountFen = amount ?? lineAmountOrNull(qty, price ?? 0)
      // With an amount given, the unit price shown is derived from it; the amount stays exact.
      const priceE4 = amount !== null ? derivedPriceE4(amount, qty) : (price ?? 0)
      if (amountFen === null) issue(H.amount, outOfRange().text.zh)
      else if (priceE4 === null) issue(H.price, outOfRange('price').text.zh)
      else lines.push({ itemId: item.id, warehouseId, qtyMilli: qty, priceE4, amountFen })
    }
  }
  return { lines, issues }
}

/** Checks the rows; when `user` is given and the file is clean, posts one 期初 stock-in per warehouse. */
export function importOpening(
  core: Core,
  sheet: Sheet,
  businessDate: string,
  note: string,
  user: { id: number; role: Role } | null,
): ImportReport & { documentIds: number[] } {
  const { lines, issues } = checkRows(core, sheet)
  if (businessDate > localDate(core.now()))
    issues.unshift({ row: 1, column: '业务日期', message: '业务日期不能晚于今天' })
  const report = { ...importReport(sheet, lines, issues), documentIds: [] as number[] }
  if (user === null || !report.ok) return report
  const byWarehouse = new Map<number, OpeningLine[]>()
  for (const line of lines) byWarehouse.set(line.warehouseId, [...(byWarehouse.get(line.warehouseId) ?? []), line])
  for (const [warehouseId, group] of byWarehouse) {
    const id = insertDraft(
      core.db,
      {
        docType: 'RK',
        subtype: 'opening',
        departmentId: null,
        personId: null,
        supplierId: null,
        toWarehouseId: null,
        reason: '',
        requestId: crypto.randomUUID(),
        userId: user.id,
        warehouseId,
        businessDate,
        note,
        lines: group,
      },
      timestamp(core),
    )
    postDocument(core, id, user)
    report.documentIds.push(id)
  }
  return { ...report, imported: lines.length }
}

/** The unit price an amount implies (the average price rule), or null where it leaves the exact range. */
function derivedPriceE4(amountFen: number, qtyMilli: number): number | null {
  try {
    return averagePriceE4(amountFen, qtyMilli) ?? 0
  } catch (error) {
    if (error instanceof ApiError) return null
    throw error
  }
}
