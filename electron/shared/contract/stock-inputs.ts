/** Input schemas of the transfer, stocktake, list-filter and item-ledger methods. */
import { z } from 'zod'
import { MAX_EXACT } from '../money'

const id = z.int().positive()
const text = (max: number) => z.string().trim().max(max)
const date = z.iso.date()

export const stocktakeCreateInput = z
  .object({
    requestId: z.uuid(),
    warehouseId: id,
    /** Count only the items of this category (and its sub-categories). */
    categoryId: id.nullable().default(null),
    /** Count only the items whose default location is this one. */
    locationId: id.nullable().default(null),
    /** 盲盘: the counters do not see the book quantities. */
    blind: z.boolean().default(false),
    note: text(500).default(''),
  })
  .strict()

export const stocktakeCountInput = z
  .object({
    id,
    /** Counts to set; an item not on the sheet is added with a book quantity of 0 (found on the shelf). */
    counts: z
      .array(
        z
          .object({ itemId: id, countedMilli: z.int().min(0).max(MAX_EXACT).nullable(), reason: text(200).default('') })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict()

export const itemLedgerInput = z
  .object({
    itemId: id,
    warehouseId: id,
    dateFrom: date.optional(),
    dateTo: date.optional(),
    page: z.int().min(1).default(1),
    pageSize: z.int().min(1).max(200).default(50),
  })
  .strict()

export const docPrefix = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,6}$/, 'prefix: 1–6 capital letters')
