import ExcelJS from 'exceljs'
import type { ExportList, ExportProgress, FileData, MethodName, Output } from '../../electron/shared/contract'

/** Builds an .xlsx (base64) from a header row and data rows, as a user's spreadsheet would be. */
export async function workbook(headers: string[], rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Sheet1')
  sheet.addRow(headers)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

/** Reads the first sheet of an .xlsx (base64) back as rows of cell values. */
export async function readBack(base64: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer) // exceljs types predate Node's generic Buffer
  const rows: unknown[][] = []
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

type Caller = <M extends MethodName>(method: M, input?: unknown) => Promise<Output<M>>

/** Runs one export to its end as the renderer does: start, then steps until the file comes back. */
export async function exportList(
  call: Caller,
  list: ExportList,
  filters: Record<string, unknown> = {},
): Promise<{ file: FileData; steps: ExportProgress[] }> {
  const { job } = await call('exports.start', { list, filters })
  const steps: ExportProgress[] = []
  for (;;) {
    const step = await call('exports.next', { job })
    steps.push(step)
    if (step.file) return { file: step.file, steps }
  }
}

/** Every sheet of an .xlsx (base64): its name and its rows of cell values, the header first. */
export async function readSheets(base64: string): Promise<{ name: string; rows: unknown[][] }[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer)
  return book.worksheets.map((sheet) => {
    const rows: unknown[][] = []
    sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)))
    return { name: sheet.name, rows }
  })
}
