/**
 * Importing 10,000 items from .xlsx into the 100k catalogue, end to end through the router: reading
 * the workbook, checking every row against the file and the database, and writing them all in one
 * transaction. The imported items (no history) are deleted afterwards so the data folder stays reusable.
 */
import ExcelJS from 'exceljs'
import { gtinCheckDigit } from '../../electron/shared/barcode'
import { summarize, timeAsync } from '../measure'
import type { BenchCase, BenchContext } from './types'

const ROWS = 10_000
const RUNS = 3
const HEADERS = [
  '物资编码',
  '物资名称*',
  '规格型号',
  '分类',
  '基本单位*',
  '包装单位',
  '包装换算',
  '条码',
  '包装条码',
  '最低库存',
  '最高库存',
  '参考单价',
]

async function workbook(run: number): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('物资')
  sheet.addRow(HEADERS)
  for (let i = 0; i < ROWS; i++) {
    const body = `2${run}${String(i).padStart(10, '0')}`
    sheet.addRow([
      `IMP${run}${String(i).padStart(5, '0')}`,
      `导入测试物资${i}号`,
      '标准型',
      '',
      '个',
      '箱',
      '12',
      body + gtinCheckDigit(body),
      '',
      '5',
      '50',
      '3.25',
    ])
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

export const importItems: BenchCase = {
  name: 'import 10k items',
  async run(ctx: BenchContext) {
    const samples: number[] = []
    for (let run = 1; run <= RUNS; run++) {
      const base64 = await workbook(run)
      const { result, ns } = await timeAsync(() => ctx.call('items.import', { fileName: 'bench.xlsx', base64 }))
      if (!result.ok || result.imported !== ROWS)
        throw new Error(`import failed: ${JSON.stringify(result.issues.slice(0, 3))}`)
      samples.push(ns)
      ctx.db.transaction(() => {
        const ids = "SELECT id FROM items WHERE code LIKE 'IMP%'"
        for (const table of ['item_barcodes', 'item_units', 'item_stock_limits']) {
          ctx.db.prepare(`DELETE FROM ${table} WHERE item_id IN (${ids})`).run()
        }
        ctx.db.prepare(`DELETE FROM items WHERE id IN (${ids})`).run()
      })()
    }
    return [{ name: 'import_10k_items', unit: 'ms', summary: summarize(samples, 'ms') }]
  },
}
