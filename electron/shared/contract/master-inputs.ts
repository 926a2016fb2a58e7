/** Input schemas of the master-data methods. */
import { z } from 'zod'
import { MAX_EXACT } from '../money'

const id = z.int().positive()
const text = (max: number) => z.string().trim().max(max).default('')
const requiredText = (max: number) => z.string().trim().min(1).max(max)
const code = z
  .string()
  .trim()
  .max(32)
  .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'code: 1–32 letters, digits, _ . -')
const page = { page: z.int().min(1).default(1), pageSize: z.int().min(1).max(200).default(50) }
const listFilter = { search: z.string().trim().max(64).default(''), includeInactive: z.boolean().default(false) }

const contact = z
  .object({
    name: requiredText(40),
    role: text(40),
    phone: text(40),
    email: z.union([z.literal(''), z.email().max(100)]).default(''),
  })
  .strict()
const qualification = z
  .object({ name: requiredText(60), number: text(60), expiresOn: z.iso.date().nullable().default(null) })
  .strict()
const supplierItem = z
  .object({
    itemId: id,
    supplierItemCode: text(40),
    lastPriceE4: z.int().min(0).max(MAX_EXACT).nullable().default(null),
    leadDays: z.int().min(0).max(3650).nullable().default(null),
    minOrderMilli: z.int().min(0).max(MAX_EXACT).nullable().default(null),
  })
  .strict()

export const supplierFields = z
  .object({
    code,
    name: requiredText(100),
    shortName: text(40),
    /** 统一社会信用代码; the check character is validated by the core. */
    uscc: z.string().trim().toUpperCase().max(18).nullable().default(null),
    address: text(200),
    bankName: text(100),
    bankAccount: z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9 -]{0,40}$/, 'bank account: digits')
      .default(''),
    categories: text(200),
    rating: z.int().min(1).max(5).nullable().default(null),
    leadDays: z.int().min(0).max(3650).nullable().default(null),
    notes: text(1000),
    contacts: z.array(contact).max(20).default([]),
    qualifications: z.array(qualification).max(30).default([]),
    items: z.array(supplierItem).max(2000).default([]),
  })
  .strict()
export const supplierCreateInput = supplierFields
export const supplierUpdateInput = supplierFields.extend({ id, active: z.boolean().optional() }).strict()
export const supplierFilter = { ...listFilter, expiringOnly: z.boolean().default(false) }
export const supplierListInput = z.object({ ...supplierFilter, ...page }).strict()
export const supplierExportInput = z.object(supplierFilter).strict()

export const departmentFields = z
  .object({ code, name: requiredText(60), parentId: id.nullable().default(null) })
  .strict()
export const departmentUpdateInput = departmentFields.extend({ id, active: z.boolean().optional() }).strict()
export const personFields = z.object({ departmentId: id, name: requiredText(40), phone: text(40) }).strict()
export const personUpdateInput = personFields.extend({ id, active: z.boolean().optional() }).strict()
export const peopleListInput = z.object({ ...listFilter, departmentId: id.optional() }).strict()

export const warehouseFields = z.object({ code, name: requiredText(60) }).strict()
export const warehouseUpdateInput = warehouseFields.extend({ id, active: z.boolean().optional() }).strict()
export const locationFields = z.object({ warehouseId: id, code, name: text(60) }).strict()
export const locationUpdateInput = locationFields.extend({ id, active: z.boolean().optional() }).strict()
export const locationListInput = z
  .object({ warehouseId: id.optional(), includeInactive: z.boolean().default(false) })
  .strict()

export const categoryFields = z.object({ name: requiredText(40), parentId: id.nullable().default(null) }).strict()
export const categoryUpdateInput = categoryFields.extend({ id, active: z.boolean().optional() }).strict()
export const unitInput = z.object({ name: requiredText(8), decimals: z.int().min(0).max(3) }).strict()
