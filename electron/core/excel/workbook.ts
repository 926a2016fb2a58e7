/** Reading and writing simple one-sheet .xlsx files (exceljs), as base64 for the JSON API. */
import ExcelJS from 'exceljs'
import { badInput } from '../../shared/errors'
import { keepTextAsText } from './text-cells'

export interface Column {
  header: string
  width?: number
  /** Text columns keep leading zeros (barcodes, codes). */
  text?: boolean
  note?: string
}

export interface Sheet {
  headers: string[]
  /** Data rows with their Excel row number, cells as trimmed text. */
  rows: { row: number; cells: Record<string, string> }[]
}

/** A cell's value as the text a user typed: numbers in their shortest exact decimal form, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim()
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('text' in value) return String(value.text).trim()
    return ''
  }
  return String(value).trim()
}

/** Reads the first sheet; the first row holds the headers ("*" marks required columns and is dropped). */
export async function readSheet(base64: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer) // exceljs types predate Node's generic Buffer
  } catch {
    throw badInput('无法读取文件：请上传 .xlsx 格式的 Excel 文件', 'Cannot read the file: upload an .xlsx workbook')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw badInput('工作簿中没有工作表', 'The workbook has no sheet')
  const headers: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).replace(/\*$/, '').trim()
  })
  const rows: Sheet['rows'] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const cells: Record<string, string> = {}
    headers.forEach((header, index) => {
      if (header) cells[header] = cellText(row.getCell(index + 1).value)
    })
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells })
  })
  return { headers, rows }
}

/** Writes one sheet with a bold, frozen header row; returns base64. */
export async function writeSheet(name: string, columns: Column[], rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'WareDesk'
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 14, style: c.text ? { numFmt: '@' } : {} }))
  sheet.getRow(1).font = { bold: true }
  columns.forEach((c, i) => {
    if (c.note) sheet.getRow(1).getCell(i + 1).note = c.note
  })
  for (const row of rows) keepTextAsText(sheet.addRow(row))
  const buffer = await workbook.xlsx.writeBuffer()
  return Buffer.from(buffer).toString('base64')
}
