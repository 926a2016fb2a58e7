/** Input schemas of purchasing: requisitions, orders, receiving, prices, reorder and settings. */
import { z } from 'zod'
import { lineAmountInRange, MAX_EXACT } from '../money'
import { amountRange } from './inputs'
import { PO_STATUSES, REQUISITION_STATUSES } from './purchase-types'

const id = z.int().positive()
const text = (max: number) => z.string().trim().max(max)
const date = z.iso.date()
const qty = z.int().min(1).max(MAX_EXACT)
const money = z.int().min(0).max(MAX_EXACT)
const page = { page: z.int().min(1).default(1), pageSize: z.int().min(1).max(200).default(50) }

const requisitionLine = z
  .object({
    /** A catalogue item, or null with a name (and spec, unit) for something not in the catalogue. */
    itemId: id.nullable().default(null),
    name: text(100).default(''),
    spec: text(100).default(''),
    unit: text(8).default(''),
    qtyMilli: qty,
    note: text(200).default(''),
  })
  .strict()
const requisitionFields = {
  departmentId: id,
  neededBy: date.nullable().default(null),
  reason: text(200).default(''),
  note: text(500).default(''),
  lines: z.array(requisitionLine).min(1).max(200),
}
export const requisitionCreateInput = z.object({ requestId: z.uuid(), ...requisitionFields }).strict()
export const requisitionUpdateInput = z.object({ id, ...requisitionFields }).strict()
export const requisitionListInput = z
  .object({ status: z.enum(REQUISITION_STATUSES).optional(), mine: z.boolean().default(false), ...page })
  .strict()
export const decisionInput = z.object({ id, comment: text(200).default('') }).strict()
export const rejectInput = z.object({ id, comment: text(200).min(1) }).strict()
/** 集中采购: approved requisition lines → draft orders, one per supplier. */
export const requisitionsToOrdersInput = z
  .object({
    requestId: z.uuid(),
    warehouseId: id,
    lines: z
      .array(
        z
          .object({
            requisitionId: id,
            lineNo: z.int().min(1),
            /** Required for a free-text line: the catalogue item it became. */
            itemId: id.optional(),
            /** Defaults to the item's default supplier. */
            supplierId: id.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict()

const poLine = z
  .object({
    itemId: id,
    /** A pack unit name of the item, or null for its base unit. */
    packName: text(8).nullable().default(null),
    qtyMilli: qty,
    priceE4: money,
    taxRateBp: z.int().min(0).max(10_000).nullable().default(null),
  })
  .strict()
  .refine(lineAmountInRange, amountRange)
const poFields = {
  supplierId: id,
  warehouseId: id,
  expectedDate: date.nullable().default(null),
  paymentTerms: text(200).default(''),
  deliveryTerms: text(200).default(''),
  note: text(500).default(''),
  lines: z.array(poLine).min(1).max(200),
}
export const poCreateInput = z.object({ requestId: z.uuid(), ...poFields }).strict()
export const poUpdateInput = z.object({ id, ...poFields }).strict()
export const poListInput = z
  .object({
    status: z.enum(PO_STATUSES).optional(),
    supplierId: id.optional(),
    /** Approved, sent or partly received: what can still be received. */
    openOnly: z.boolean().default(false),
    overdueOnly: z.boolean().default(false),
    /** Orders waiting for the caller's approval. */
    awaitingMe: z.boolean().default(false),
    search: text(32).default(''),
    ...page,
  })
  .strict()
export const poByNoInput = z.object({ poNo: text(40).min(1) }).strict()
export const poCloseInput = z
  .object({
    id,
    /** One line, or the whole order when omitted. */ lineNo: z.int().min(1).optional(),
    reason: text(200).min(1),
  })
  .strict()
export const poCancelInput = z.object({ id, reason: text(200).min(1) }).strict()

/** 验收: accepted and rejected quantities per order line (base units), posted as one stock-in. */
export const poReceiveInput = z
  .object({
    requestId: z.uuid(),
    id,
    businessDate: date.optional(),
    note: text(500).default(''),
    lines: z
      .array(
        z
          .object({
            lineNo: z.int().min(1),
            acceptedMilli: z.int().min(0).max(MAX_EXACT),
            rejectedMilli: z.int().min(0).max(MAX_EXACT).default(0),
            rejectReason: text(200).default(''),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict()

export const priceHistoryInput = z.object({ itemId: id, supplierId: id.optional() }).strict()
export const reorderInput = z.object({ warehouseId: id.optional() }).strict()
export const reorderToOrdersInput = z
  .object({
    requestId: z.uuid(),
    warehouseId: id,
    lines: z
      .array(z.object({ itemId: id, qtyMilli: qty, supplierId: id }).strict())
      .min(1)
      .max(500),
  })
  .strict()
export const purchaseSettingsInput = z
  .object({
    approvalThresholdFen: money,
    secondApprovalThresholdFen: money.nullable(),
    overReceiptTolerancePct: z.int().min(0).max(100),
  })
  .strict()
