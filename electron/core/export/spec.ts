import type { MethodName, Output, ParsedInput } from '../../shared/contract'
import type { Db } from '../db/open'
import type { ExportCell, ExportColumn } from './sheet-writer'

type RowOf<M extends MethodName> = Output<M> extends { rows: readonly (infer R)[] } ? R : never
/** The paged list methods: their result is a page of rows with the total. */
export type PagedMethod = { [M in MethodName]: RowOf<M> extends never ? never : M }[MethodName]

/** How one list screen exports: the list method it reads, page by page, and the columns as on the screen. */
export interface ExportSpec<M extends PagedMethod> {
  method: M
  /** The sheet's and the file's name (before the date). */
  name: (filters: ParsedInput<M>) => string
  columns: (filters: ParsedInput<M>) => ExportColumn[]
  cells: (row: RowOf<M>, filters: ParsedInput<M>) => ExportCell[]
  /** The file's name (before .xlsx) when it says more than the sheet's name and the date, from the database. */
  fileName?: (filters: ParsedInput<M>, db: Db) => string
  /** A row above the list's own, from its first page (a balance brought forward). */
  head?: (page: Output<M>, filters: ParsedInput<M>) => ExportCell[]
  /** A row under the list's own, from its last page and its last row (undefined for an empty list). */
  foot?: (page: Output<M>, last: RowOf<M> | undefined, filters: ParsedInput<M>) => ExportCell[]
}

/** A spec with its types put away, for the one export mechanism that runs them all. */
export interface ListExport {
  method: PagedMethod
  name: (filters: unknown) => string
  columns: (filters: unknown) => ExportColumn[]
  cells: (row: unknown, filters: unknown) => ExportCell[]
  fileName?: (filters: unknown, db: Db) => string
  head?: (page: unknown, filters: unknown) => ExportCell[]
  foot?: (page: unknown, last: unknown, filters: unknown) => ExportCell[]
}

// The casts are sound: the mechanism only passes filters parsed by `method`'s schema, and pages and rows
// `method` returned.
export function defineExport<M extends PagedMethod>(spec: ExportSpec<M>): ListExport {
  const { fileName, head, foot } = spec
  return {
    method: spec.method,
    name: (filters) => spec.name(filters as ParsedInput<M>),
    columns: (filters) => spec.columns(filters as ParsedInput<M>),
    cells: (row, filters) => spec.cells(row as RowOf<M>, filters as ParsedInput<M>),
    fileName: fileName && ((filters, db) => fileName(filters as ParsedInput<M>, db)),
    head: head && ((page, filters) => head(page as Output<M>, filters as ParsedInput<M>)),
    foot:
      foot &&
      ((page, last, filters) => foot(page as Output<M>, last as RowOf<M> | undefined, filters as ParsedInput<M>)),
  }
}

/** A timestamp in local time as the screens show it: YYYY-MM-DD HH:mm. */
export function localDateTime(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
