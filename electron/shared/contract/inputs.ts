/** Input schemas of every API method. Validated at the router; also usable for forms in the renderer. */
import { z } from 'zod'
import { MAX_EXACT } from '../money'
import { ROLES } from './types'

const id = z.int().positive()
const text = (max: number) => z.string().trim().max(max)
const requiredText = (max: number) => z.string().trim().min(1).max(max)
const exact = z.int().min(0).max(MAX_EXACT)
const pageInput = {
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
}

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, 'username: 2–32 letters, digits, _ . -')
export const password = z.string().min(8).max(200)
export const businessDate = z.iso.date()
export const barcode = z
  .string()
  .trim()
  .regex(/^[\x21-\x7e]{1,64}$/, 'barcode: 1–64 printable ASCII characters')

export const empty = z.object({}).strict()

export const setupInput = z.object({ username, displayName: requiredText(40), password }).strict()
export const loginInput = z.object({ username: z.string().max(64), password: z.string().max(200) }).strict()
export const changePasswordInput = z.object({ oldPassword: z.string().max(200), newPassword: password }).strict()

export const userCreateInput = z
  .object({ username, displayName: requiredText(40), role: z.enum(ROLES), password })
  .strict()
export const userUpdateInput = z
  .object({
    id,
    displayName: requiredText(40).optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
  })
  .strict()
export const userResetPasswordInput = z.object({ id, password }).strict()

export const itemFields = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'code: 1–32 letters, digits, _ . -'),
    name: requiredText(100),
    spec: text(100).default(''),
    unit: requiredText(8),
    unitDecimals: z.int().min(0).max(3).default(0),
    refPriceE4: exact.default(0),
    barcodes: z.array(barcode).max(20).default([]),
  })
  .strict()
export const itemCreateInput = itemFields
export const itemUpdateInput = itemFields.extend({ id, active: z.boolean().optional() }).strict()
export const itemListInput = z
  .object({ search: text(64).default(''), includeInactive: z.boolean().default(false), ...pageInput })
  .strict()
export const byId = z.object({ id }).strict()
export const barcodeInput = z.object({ barcode }).strict()

export const stockLineInput = z
  .object({ itemId: id, qtyMilli: z.int().min(1).max(MAX_EXACT), priceE4: exact.default(0) })
  .strict()
const draftFields = {
  warehouseId: id,
  businessDate,
  note: text(500).default(''),
  lines: z.array(stockLineInput).max(500),
}
export const stockCreateInput = z.object({ requestId: z.uuid(), docType: z.literal('RK'), ...draftFields }).strict()
export const stockUpdateInput = z.object({ id, ...draftFields }).strict()
export const stockListInput = z
  .object({
    docType: z.literal('RK').optional(),
    status: z.enum(['draft', 'posted']).optional(),
    ...pageInput,
  })
  .strict()
export const onHandInput = z.object({ warehouseId: id.optional(), search: text(64).default(''), ...pageInput }).strict()

export const settingsUpdateInput = z.object({ orgName: requiredText(60) }).strict()
export const auditListInput = z.object({ ...pageInput }).strict()
