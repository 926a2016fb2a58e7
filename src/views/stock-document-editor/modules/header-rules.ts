/**
 * What each kind of stock document asks for in its header, and what keeps it from being saved.
 * The core checks the same (electron/core/stock/service.ts, checkParties); asking here says which field
 * is missing before a round trip, and leaves out the fields the document does not carry.
 */
import type { DocSubtype, Input } from '@shared/contract'

export interface DocumentHeader {
  subtype: DocSubtype
  warehouseId: number | null
  /** 调拨单: the receiving warehouse. */
  toWarehouseId: number | null
  departmentId: number | null
  personId: number | null
  supplierId: number | null
  reason: string
  businessDate: string
  note: string
}

export type PartyField = 'department' | 'person' | 'supplier' | 'reason' | 'toWarehouse'

/** A header field the document shows, and whether it must be filled. */
export interface FieldRule {
  field: PartyField
  required: boolean
}

const RULES: Record<DocSubtype, readonly FieldRule[]> = {
  // 其他入库: a purchase receipt or a donation; the supplier is worth noting when there is one.
  other: [{ field: 'supplier', required: false }],
  // 采购入库 is made by receiving against a purchase order, never in this editor; shown with its supplier.
  purchase: [{ field: 'supplier', required: true }],
  opening: [],
  // 退库: goods a department brings back.
  return_in: [
    { field: 'department', required: true },
    { field: 'person', required: false },
    { field: 'reason', required: false },
  ],
  surplus: [{ field: 'reason', required: false }],
  issue: [
    { field: 'department', required: true },
    { field: 'person', required: false },
  ],
  return_supplier: [
    { field: 'supplier', required: true },
    { field: 'reason', required: false },
  ],
  scrap: [{ field: 'reason', required: true }],
  shortage: [{ field: 'reason', required: true }],
  transfer: [{ field: 'toWarehouse', required: true }],
  stocktake: [],
}

export const showsField = (subtype: DocSubtype, field: PartyField): boolean =>
  RULES[subtype].some((rule) => rule.field === field)

export const requiresField = (subtype: DocSubtype, field: PartyField): boolean =>
  RULES[subtype].some((rule) => rule.field === field && rule.required)

export type SaveProblem =
  'warehouse' | 'toWarehouse' | 'sameWarehouse' | 'department' | 'supplier' | 'reason' | 'date' | 'lines' | 'empty'

/** The first thing the header lacks, in the order the form shows the fields, or null. */
export function headerProblem(header: DocumentHeader): SaveProblem | null {
  if (header.warehouseId === null) return 'warehouse'
  if (requiresField(header.subtype, 'toWarehouse')) {
    if (header.toWarehouseId === null) return 'toWarehouse'
    if (header.toWarehouseId === header.warehouseId) return 'sameWarehouse'
  }
  if (!header.businessDate) return 'date'
  if (requiresField(header.subtype, 'department') && header.departmentId === null) return 'department'
  if (requiresField(header.subtype, 'supplier') && header.supplierId === null) return 'supplier'
  if (requiresField(header.subtype, 'reason') && !header.reason.trim()) return 'reason'
  return null
}

export type HeaderInput = Omit<Input<'stock.updateDraft'>, 'id' | 'lines'>

/**
 * The header as the API takes it. A field the subtype does not show is sent empty, so a department
 * chosen before switching 领用 to 报损 does not travel with the document unseen. Null while a required
 * field is missing (see headerProblem).
 */
export function headerInput(header: DocumentHeader): HeaderInput | null {
  if (headerProblem(header) !== null || header.warehouseId === null) return null
  const shown = (field: PartyField) => showsField(header.subtype, field)
  return {
    warehouseId: header.warehouseId,
    businessDate: header.businessDate,
    toWarehouseId: shown('toWarehouse') ? header.toWarehouseId : null,
    departmentId: shown('department') ? header.departmentId : null,
    // A person belongs to the department: none without one.
    personId: shown('person') && header.departmentId !== null ? header.personId : null,
    supplierId: shown('supplier') ? header.supplierId : null,
    reason: shown('reason') ? header.reason.trim() : '',
    note: header.note.trim(),
  }
}

/** A fresh header of a new document of this type. */
export function emptyHeader(
  subtypes: readonly DocSubtype[],
  warehouseId: number | null,
  businessDate: string,
): DocumentHeader {
  return {
    subtype: subtypes[0],
    warehouseId,
    toWarehouseId: null,
    departmentId: null,
    personId: null,
    supplierId: null,
    reason: '',
    businessDate,
    note: '',
  }
}

/** Whether the editor may ask for the subtype: only before the first save (a draft keeps its subtype). */
export const canChooseSubtype = (saved: boolean, subtypes: readonly DocSubtype[]): boolean =>
  !saved && subtypes.length > 1
