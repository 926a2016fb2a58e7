/**
 * Text cells that Excel would turn into a formula (or a number) when a user edits them: a leading =, +,
 * -, @, tab or carriage return. Every sheet writer passes its rows here, so an exported name such as
 * `=HYPERLINK("http://…","…")` stays the text it was after F2 and Enter.
 *
 * The cell is given the Text number format (@): Excel shows the same characters and keeps what is typed
 * into such a cell as text. (exceljs 4.4 cannot write the quotePrefix style, Excel's hidden apostrophe.)
 */
import type ExcelJS from 'exceljs'

const FORMULA_LEAD = /^[=+\-@\t\r]/

/** Whether Excel would read this text as something other than text when it is typed in again. */
export const readsAsFormula = (text: string): boolean => FORMULA_LEAD.test(text)

/** Marks every string cell of a written row that reads as a formula as text; values stay as they are. */
export function keepTextAsText(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && readsAsFormula(cell.value)) cell.numFmt = '@'
  })
}
