import type { ImportIssue, ImportReport } from '../../shared/contract'
import type { Sheet } from './workbook'

/** The report of a checked sheet; `ok` only when there are rows and no issue at all (all or nothing). */
export function importReport(sheet: Sheet, records: unknown[], issues: ImportIssue[]): ImportReport {
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
