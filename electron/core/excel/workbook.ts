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
  /** Cells holding an Excel error (#DIV/0!, #N/A…), directly or as a formula's result: never read as empty. */
  errorCells: { row: number; column: string; error: string }[]
}

/** Full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ, as a Chinese IME types them) as ASCII. */
export function asciiDigitsAndLetters(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}

/** The Excel error a cell holds (#DIV/0!), directly or as its formula's result; null otherwise. */
function cellError(value: ExcelJS.CellValue): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Date) return null
  if ('error' in value) return String(value.error)
  if ('result' in value) return cellError(value.result as ExcelJS.CellValue)
  return null
}

/**
 * A cell's value as the text a user typed: numbers in their shortest exact decimal form, dates as YYYY-MM-DD,
 * full-width digits and letters as ASCII (the API's codes, barcodes and numbers are ASCII).
 */
function cellText(value: ExcelJS.CellValue): string {
  return asciiDigitsAndLetters(rawCellText(value))
}

function rawCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim()
    if ('result' in value) return rawCellText(value.result as ExcelJS.CellValue)
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
  const errorCells: Sheet['errorCells'] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const cells: Record<string, string> = {}
    headers.forEach((header, index) => {
      if (!header) return
      const value = row.getCell(index + 1).value
      const error = cellError(value)
      if (error) errorCells.push({ row: number, column: header, error })
      cells[header] = error ?? cellText(value)
    })
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells })
  })
  return { headers, rows, errorCells }
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
