import type { FileData, ImportReport } from '../../shared/contract'
import { timestamp, type Core } from '../context'
import { importReport } from '../excel/report'
import { readSheet, writeSheet, type Column, type Sheet } from '../excel/workbook'
import { nextItemCode } from './codes'
import { defaultWarehouseId } from '../master/org'
import { checkItemRows, ITEM_COLUMNS as C } from './import'
import { insertItem } from './repository'

const COLUMNS: Column[] = [
  { header: C.code, text: true, note: '留空则按规则自动生成' },
  { header: `${C.name}*`, width: 22 },
  { header: C.spec, width: 18 },
  { header: C.category, note: '已有分类名，或「上级/下级」路径' },
  { header: `${C.unit}*`, width: 10 },
  { header: C.packUnit, width: 10 },
  { header: C.packRatio, note: '1 包装单位 = 多少基本单位，如 12' },
  { header: C.barcode, text: true, width: 16, note: '多个条码用逗号分隔' },
  { header: C.packBarcode, text: true, width: 16 },
  { header: C.minStock },
  { header: C.maxStock },
  { header: C.price, note: '元，最多 4 位小数' },
  { header: C.notes, width: 20 },
]

export async function itemTemplate(): Promise<FileData> {
  const example = [
    '',
    'A4复印纸',
    '70g 500张/包',
    '办公用品',
    '包',
    '箱',
    '5',
    '6961417776312',
    '6926907439153',
    '5',
    '20',
    '24.50',
    '',
  ]
  return { fileName: '物资导入模板.xlsx', base64: await writeSheet('物资', COLUMNS, [example]) }
}

export const parseItems = (base64: string): Promise<Sheet> => readSheet(base64)

/** Checks every row; when `write` and the file is clean, imports all rows in the caller's transaction. */
export function importItems(core: Core, sheet: Sheet, write: boolean): ImportReport {
  const db = core.db
  const { items, issues } = checkItemRows(db, sheet, defaultWarehouseId(db))
  const report = importReport(sheet, items, issues)
  if (!write || !report.ok) return report
  const at = timestamp(core)
  for (const { row: _row, ...fields } of items) insertItem(db, { ...fields, code: fields.code || nextItemCode(db) }, at)
  return { ...report, imported: items.length }
}
