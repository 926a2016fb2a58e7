import ExcelJS from 'exceljs'

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
