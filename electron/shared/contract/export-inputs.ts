/** 导出: every list screen's export, built by the core over the list's whole query, in steps that report progress. */
import { z } from 'zod'
import type { FileData } from './types'

/** The lists that export through the core; each names the list method whose query and permission it uses. */
export const EXPORT_LISTS = [
  'items',
  'suppliers',
  'stockDocuments',
  'stocktakes',
  'onHand',
  'orders',
  'requisitions',
  'itemLedger',
] as const
export type ExportList = (typeof EXPORT_LISTS)[number]

/** `filters` are the list method's own input without paging; that method's schema checks them. */
export const exportStartInput = z
  .object({ list: z.enum(EXPORT_LISTS), filters: z.record(z.string(), z.unknown()).default({}) })
  .strict()
export const exportJobInput = z.object({ job: z.uuid() }).strict()

export interface ExportJob {
  job: string
}

/** One step of an export: rows written so far of the list's total; `file` once the workbook is closed. */
export interface ExportProgress {
  done: number
  total: number
  file: FileData | null
}
