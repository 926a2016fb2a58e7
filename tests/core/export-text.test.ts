/**
 * Exported text that Excel would turn into a formula when a user edits the cell (a leading =, +, -, @,
 * tab, CR) is written as a text cell in the Text number format, with the same visible characters, and
 * goes back in through the import unchanged.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readsAsFormula } from '../../electron/core/excel/text-cells'
import { writeSheet } from '../../electron/core/excel/workbook'
import { SheetWriter } from '../../electron/core/export/sheet-writer'
import { makeApp, setupAdmin } from './helpers'
import { exportList } from './xlsx'

const RISKY = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)']

async function cells(base64: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer) // exceljs types predate Node's generic Buffer
  return book.worksheets[0]
}

/** The cell of `text` in column `col`, read back: a string, not a formula, in the Text format. */
function expectTextCell(sheet: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = sheet.getRow(row).getCell(col)
  expect({ type: cell.type, value: cell.value, text: cell.text, formula: cell.formula, numFmt: cell.numFmt }).toEqual({
    type: ExcelJS.ValueType.String,
    value: text,
    text,
    formula: undefined,
    numFmt: '@',
  })
}

describe('exported text that reads as a formula', () => {
  it.each([
    ['=1+1', true],
    ['+1', true],
    ['-2', true],
    ['@SUM(A1)', true],
    ['\tx', true],
    ['\rx', true],
    ['a=1', false],
    ['中性笔', false],
    [' =1', false],
    ['', false],
  ])('%j reads as a formula: %s', (text, risky) => {
    expect(readsAsFormula(text)).toBe(risky)
  })

  it('writes supplier names as text cells that show the same text, and the file goes back in', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    for (const [i, name] of RISKY.entries()) {
      await admin('suppliers.create', { code: `GYS00${i + 1}`, name })
    }
    const { file } = await exportList(admin, 'suppliers')
    const sheet = await cells(file.base64)
    const nameCol = (sheet.getRow(1).values as unknown[]).indexOf('供应商名称')
    expect(nameCol).toBeGreaterThan(0)
    RISKY.forEach((name, i) => expectTextCell(sheet, i + 2, nameCol, name))

    const fresh = await setupAdmin(makeApp())
    expect(await fresh('suppliers.import', { base64: file.base64 })).toMatchObject({ ok: true, imported: 4 })
    const back = await fresh('suppliers.list', {})
    expect(back.rows.map((r) => r.name)).toEqual(RISKY)
  })

  it('writes item names and notes as text cells, and an exported items file imports again', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    for (const [i, name] of RISKY.entries()) {
      await admin('items.create', { code: `WZ0${i + 1}`, name, unit: '个', notes: RISKY[3 - i] })
    }
    const { file } = await exportList(admin, 'items', { sort: 'code', order: 'asc' })
    const sheet = await cells(file.base64)
    const header = sheet.getRow(1).values as unknown[]
    const [nameCol, notesCol] = [header.indexOf('物资名称'), header.indexOf('备注')]
    expect(Math.min(nameCol, notesCol)).toBeGreaterThan(0)
    RISKY.forEach((name, i) => {
      expectTextCell(sheet, i + 2, nameCol, name)
      expectTextCell(sheet, i + 2, notesCol, RISKY[3 - i])
    })

    const fresh = await setupAdmin(makeApp())
    expect(await fresh('items.import', { base64: file.base64 })).toMatchObject({ ok: true, imported: 4 })
    const back = await fresh('items.list', { sort: 'code', order: 'asc' })
    expect(back.rows.map((r) => [r.name, r.notes])).toEqual(RISKY.map((name, i) => [name, RISKY[3 - i]]))
  })

  it('marks such text as text in a column of another kind too, and leaves other text alone', async () => {
    const writer = new SheetWriter('表', [{ header: '数', kind: 'int' }])
    writer.add(['-2'])
    writer.add(['12'])
    const streamed = await cells((await writer.finish()).toString('base64'))
    expectTextCell(streamed, 2, 1, '-2')
    expect(streamed.getRow(3).getCell(1).numFmt).toBeUndefined()

    const plain = await cells(await writeSheet('表', [{ header: '甲' }], [['=HYPERLINK("http://x","y")'], ['纸']]))
    expectTextCell(plain, 2, 1, '=HYPERLINK("http://x","y")')
    expect(plain.getRow(3).getCell(1).numFmt).toBeUndefined()
  })
})
