/**
 * What an import reads from a cell: an Excel error (#DIV/0!, directly or as a formula's result) is
 * refused with its cell named, never read as empty or 0; full-width digits and letters are read as ASCII,
 * so an imported record is one the API itself accepts and can be saved again unchanged.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { asciiDigitsAndLetters } from '../../electron/core/excel/workbook'
import { count, makeApp, setupAdmin } from './helpers'

async function itemsFile(rows: ExcelJS.CellValue[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('物资')
  sheet.addRow(['物资编码', '物资名称*', '基本单位*', '条码', '参考单价'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

describe('import cells', () => {
  it('reads full-width digits and letters as ASCII and leaves other text alone', () => {
    expect(asciiDigitsAndLetters('６９２０１２３４５６７８９')).toBe('6920123456789')
    expect(asciiDigitsAndLetters('ＢＧ－０１')).toBe('BG－01') // the full-width dash is punctuation: kept
    expect(asciiDigitsAndLetters('中性笔（黑）')).toBe('中性笔（黑）')
  })

  it('refuses error cells with the cell named, once, and imports nothing', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const before = count(app, 'items')
    const base64 = await itemsFile([
      ['BG1', '中性笔', '支', '', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ['BG2', '橡皮', '块', '', { error: '#N/A' }],
      ['BG3', '尺子', '把', '', 2.5],
    ])
    const report = await admin('items.importCheck', { base64 })
    expect(report.ok).toBe(false)
    const price = report.issues.filter((issue) => issue.column === '参考单价')
    expect(price).toEqual([
      { row: 2, column: '参考单价', message: expect.stringContaining('#DIV/0!') },
      { row: 3, column: '参考单价', message: expect.stringContaining('#N/A') },
    ])
    expect((await admin('items.import', { fileName: 'x.xlsx', base64 })).ok).toBe(false)
    expect(count(app, 'items')).toBe(before)
  })

  it('imports a full-width barcode as the ASCII one the API accepts, and the item saves again unchanged', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const base64 = await itemsFile([['ＢＧ９', '订书机', '个', '６９２０１２３４５６７８９', 12]])
    const report = await admin('items.import', { fileName: 'x.xlsx', base64 })
    expect(report.issues).toEqual([])
    const found = await admin('items.resolve', { code: '6920123456789' })
    if (found.kind !== 'barcode') throw new Error(`the ASCII barcode should find the item, got ${found.kind}`)
    const item = await admin('items.get', { id: found.item.id })
    expect(item.code).toBe('BG9')
    const { id, active, code, name, spec, unit, unitDecimals, refPriceE4, barcodes } = item
    await expect(
      admin('items.update', { id, active, code, name, spec, unit, unitDecimals, refPriceE4, barcodes }),
    ).resolves.toMatchObject({ code: 'BG9', barcodes: ['6920123456789'] })
  })
})
