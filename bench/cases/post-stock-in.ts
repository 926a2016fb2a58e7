/**
 * Posting (审核) a 50-line stock-in: stock.post through the router against the raw minimum for the
 * same rows. Drafts are made through the router beforehand and not timed.
 *
 * It runs on the 1M-movement ledger with every rule on: the period check (the seed closes a month),
 * the back-dating check, the negative-stock check and the re-valuation from each line's position —
 * every item picked already has history, so each line's prior balance is a real index seek.
 */
import crypto from 'node:crypto'
import { localDate } from '../../electron/core/context'
import type { CallResult } from '../../electron/shared/bridge'
import type { StockDocument } from '../../electron/shared/contract'
import { summarize, timeAsync, timeSync } from '../measure'
import type { BenchCase, BenchContext } from './types'

const LINES = 50
const WARMUP = 5
const ITERATIONS = 100

async function createDraft(ctx: BenchContext, itemIds: readonly number[]): Promise<StockDocument> {
  const lines = Array.from({ length: LINES }, () => ({
    itemId: ctx.rng.pick(itemIds),
    qtyMilli: ctx.rng.int(1, 500) * 1000, // whole units: valid for every unit's decimals
    priceE4: ctx.rng.int(1, 20_000_000), // up to 2,000 元 with 4 decimals
  }))
  return ctx.call('stock.createDraft', {
    requestId: crypto.randomUUID(),
    docType: 'RK',
    warehouseId: 1,
    businessDate: localDate(new Date()),
    lines,
  })
}

/**
 * The least SQLite must do for the same effect: in one BEGIN IMMEDIATE, per line a balance upsert
 * (RETURNING the new running quantity and value) and a movement insert, then the status update.
 * No audit row, no number allocation, no re-reads. Valid only for a receipt dated today, which
 * appends at the end of the ledger — exactly the case measured.
 */
function rawPoster(ctx: BenchContext, userId: number) {
  const { db } = ctx
  const upsertBalance = db.prepare(
    `INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_id, warehouse_id) DO UPDATE
       SET qty_milli = qty_milli + excluded.qty_milli, value_fen = value_fen + excluded.value_fen
     RETURNING qty_milli, value_fen`,
  )
  const insertMovement = db.prepare(
    `INSERT INTO stock_movements (document_id, line_no, item_id, warehouse_id, business_date, qty_delta,
       value_in_fen, value_fen, run_qty, run_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const markPosted = db.prepare(
    "UPDATE documents SET status = 'posted', doc_no = ?, posted_by = ?, posted_at = ?, updated_at = ? WHERE id = ?",
  )
  return db.transaction((doc: StockDocument) => {
    for (const line of doc.lines) {
      const run = upsertBalance.get(line.itemId, doc.warehouseId, line.qtyMilli, line.amountFen) as {
        qty_milli: number
        value_fen: number
      }
      insertMovement.run(
        doc.id,
        line.lineNo,
        line.itemId,
        doc.warehouseId,
        doc.businessDate,
        line.qtyMilli,
        line.amountFen,
        line.amountFen,
        run.qty_milli,
        run.value_fen,
      )
    }
    const at = new Date().toISOString()
    markPosted.run(`RAW-${doc.id}`, userId, at, at, doc.id) // document ids are unique, so is this number
  })
}

export const postStockIn: BenchCase = {
  name: 'post 50-line stock-in',
  async run(ctx: BenchContext) {
    const itemIds = ctx.db.prepare('SELECT id FROM items WHERE active = 1 ORDER BY id').pluck().all() as number[]
    const me = await ctx.call('auth.me')
    const { closedThrough } = await ctx.call('periods.status')
    if (!closedThrough) throw new Error('no closed period: the period check would be skipped, not measured')
    const rawPost = rawPoster(ctx, me.id)
    const viaRouter = async (doc: StockDocument) => {
      // The router built this result from stock.post's own handler, so its data is a StockDocument.
      const result = (await ctx.app.router.call(ctx.token, 'stock.post', { id: doc.id })) as CallResult<StockDocument>
      if (!result.ok || result.data.status !== 'posted') throw new Error(`posting document ${doc.id} failed`)
    }

    const routerNs: number[] = []
    const rawNs: number[] = []
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const forRouter = await createDraft(ctx, itemIds)
      const forRaw = await createDraft(ctx, itemIds)
      // Alternate which goes first, so neither always pays for the other's WAL growth or checkpoint.
      let routerTime: number
      let rawTime: number
      if (i % 2) {
        routerTime = (await timeAsync(() => viaRouter(forRouter))).ns
        rawTime = timeSync(() => rawPost.immediate(forRaw)).ns
      } else {
        rawTime = timeSync(() => rawPost.immediate(forRaw)).ns
        routerTime = (await timeAsync(() => viaRouter(forRouter))).ns
      }
      if (i < WARMUP) continue
      routerNs.push(routerTime)
      rawNs.push(rawTime)
    }
    return [
      { name: 'post_50_lines', unit: 'ms', summary: summarize(routerNs, 'ms'), baseline: 'post_50_lines_raw' },
      { name: 'post_50_lines_raw', unit: 'ms', summary: summarize(rawNs, 'ms') },
    ]
  },
}
