import type { ImportIssue, ImportReport } from '../../shared/contract'
import type { Sheet } from './workbook'

/**
 * The report of a checked sheet; `ok` only when there are rows and no issue at all (all or nothing).
 * A cell holding an Excel error is always an issue of its own, whatever the importer made of its text.
 */
export function importReport(sheet: Sheet, records: unknown[], checked: ImportIssue[]): ImportReport {
  // The error is the cell's real problem: what the importer said of the same cell goes.
  const errorAt = new Set(sheet.errorCells.map((cell) => `${cell.row}:${cell.column}`))
  const others = checked.filter((issue) => !errorAt.has(`${issue.row}:${issue.column}`))
  const issues = [...errorCellIssues(sheet), ...others].sort((a, b) => a.row - b.row)
  const empty = records.length === 0 && issues.length === 0
  return {
    ok: issues.length === 0 && records.length > 0,
    rowCount: sheet.rows.length,
    issues: empty ? [{ row: 2, column: '', message: '文件中没有数据行' }] : issues,
    preview: sheet.rows.slice(0, 20).map((r) => r.cells),
    imported: 0,
  }
}

/** The header problems of a sheet: every required column that is missing. */
export const missingColumns = (sheet: Sheet, required: string[]): ImportIssue[] =>
  required.filter((h) => !sheet.headers.includes(h)).map((h) => ({ row: 1, column: h, message: `缺少必填列「${h}」` }))

const errorCellIssues = (sheet: Sheet): ImportIssue[] =>
  sheet.errorCells.map(({ row, column, error }) => ({
    row,
    column,
    message: `单元格是 Excel 错误值 ${error}（公式算不出结果），请改正后再导入`,
  }))
