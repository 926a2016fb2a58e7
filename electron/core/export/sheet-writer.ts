/** A streamed .xlsx of one list: rows go to the zip as they come, so a long export never holds them all. */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { formatFen, formatPrice, formatQuantity } from '../../shared/money'
import { keepTextAsText } from '../excel/text-cells'

/**
 * How a column's cells are written. `fen`, `qty` and `price` take the integer the core keeps (分,
 * thousandths, 1/10000 元) and write it as an Excel number; `text` keeps leading zeros (codes, barcodes).
 */
export type CellKind = 'text' | 'int' | 'fen' | 'qty' | 'price'

export interface ExportColumn {
  header: string
  kind?: CellKind
  width?: number
}

/** A cell as a list gives it: text, or the integer of its column's kind; null leaves the cell empty. */
export type ExportCell = string | number | null

/** Excel's sheet: 1,048,576 rows, the header being one of them. */
export const EXCEL_MAX_ROWS = 1_048_576

const SCALE: Record<'fen' | 'qty' | 'price', { divisor: number; numFmt: string; text: (n: number) => string }> = {
  fen: { divisor: 100, numFmt: '#,##0.00', text: formatFen },
  qty: { divisor: 1000, numFmt: '#,##0.###', text: formatQuantity },
  price: { divisor: 10_000, numFmt: '#,##0.00##', text: formatPrice },
}

/**
 * Integers up to 15 digits: every decimal of at most 15 significant digits comes back from a double as
 * exactly itself (DBL_DIG), so n / 100 is written, and Excel reads, precisely the amount. Above that
 * (1 万亿元 and up) the cell holds the exact text instead.
 */
const EXACT_DIGITS = 1e15

/** The value of one cell: a scaled integer becomes its exact decimal number. */
export function cellValue(kind: CellKind, cell: ExportCell): string | number | null {
  if (cell === null || cell === '') return null
  if (kind === 'text') return String(cell)
  if (typeof cell === 'string') return cell
  if (kind === 'int') return cell
  const scale = SCALE[kind]
  return Math.abs(cell) < EXACT_DIGITS ? cell / scale.divisor : scale.text(cell).replace(/,/g, '')
}

/**
 * Writes one list into sheets of at most `rowsPerSheet` data rows (Excel's limit less the header row);
 * a longer list goes on into 「名称 (2)」, 「名称 (3)」 … with the same header, so nothing is cut.
 */
export class SheetWriter {
  private readonly chunks: Buffer[] = []
  private readonly stream = new PassThrough()
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  private sheet: ExcelJS.Worksheet | null = null
  private sheetCount = 0
  private rowsInSheet = 0
  rowCount = 0

  constructor(
    private readonly name: string,
    private readonly columns: readonly ExportColumn[],
    private readonly rowsPerSheet = EXCEL_MAX_ROWS - 1,
  ) {
    this.stream.on('data', (chunk: Buffer) => this.chunks.push(chunk))
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.stream,
      useStyles: true,
      useSharedStrings: false,
    })
    this.workbook.creator = 'WareDesk'
  }

  private openSheet(): ExcelJS.Worksheet {
    this.sheet?.commit()
    this.sheetCount += 1
    const title = this.sheetCount === 1 ? this.name : `${this.name} (${this.sheetCount})`
    const sheet = this.workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = this.columns.map((c) => ({
      header: c.header,
      width: c.width ?? 14,
      style: c.kind === 'text' || !c.kind ? { numFmt: '@' } : c.kind === 'int' ? {} : { numFmt: SCALE[c.kind].numFmt },
    }))
    const header = sheet.getRow(1)
    header.font = { bold: true }
    header.commit()
    this.sheet = sheet
    this.rowsInSheet = 0
    return sheet
  }

  add(cells: readonly ExportCell[]): void {
    const sheet = this.sheet && this.rowsInSheet < this.rowsPerSheet ? this.sheet : this.openSheet()
    const row = sheet.addRow(this.columns.map((c, i) => cellValue(c.kind ?? 'text', cells[i] ?? null)))
    keepTextAsText(row)
    row.commit()
    this.rowsInSheet += 1
    this.rowCount += 1
  }

  /** Closes the workbook (an empty list still has its header row) and returns the file's bytes. */
  async finish(): Promise<Buffer> {
    if (!this.sheet) this.openSheet()
    this.sheet?.commit()
    const ended = new Promise<void>((resolve, reject) => {
      this.stream.on('end', resolve)
      this.stream.on('error', reject)
    })
    await this.workbook.commit()
    await ended
    return Buffer.concat(this.chunks)
  }
}
