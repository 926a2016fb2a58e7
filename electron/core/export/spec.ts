import type { MethodName, Output, ParsedInput } from '../../shared/contract'
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
}

/** A spec with its types put away, for the one export mechanism that runs them all. */
export interface ListExport {
  method: PagedMethod
  name: (filters: unknown) => string
  columns: (filters: unknown) => ExportColumn[]
  cells: (row: unknown, filters: unknown) => ExportCell[]
}

// The casts are sound: the mechanism only passes filters parsed by `method`'s schema and rows `method` returned.
export const defineExport = <M extends PagedMethod>(spec: ExportSpec<M>): ListExport => ({
  method: spec.method,
  name: (filters) => spec.name(filters as ParsedInput<M>),
  columns: (filters) => spec.columns(filters as ParsedInput<M>),
  cells: (row, filters) => spec.cells(row as RowOf<M>, filters as ParsedInput<M>),
})

/** A timestamp in local time as the screens show it: YYYY-MM-DD HH:mm. */
export function localDateTime(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
