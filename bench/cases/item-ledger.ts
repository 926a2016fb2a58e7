/**
 * 明细账 of the busiest item (10k movements in the main warehouse): stock.itemLedger's first page of 50
 * — opening balance, total and the page with documents and parties — against a raw indexed SELECT of
 * the same 50 movements. The last page is timed too: OFFSET walks the whole range.
 */
import { summarize, timeAsync, timeSync } from '../measure'
import type { BenchCase, BenchContext, Metric } from './types'

const WARMUP = 20
const ITERATIONS = 200
const LAST_PAGE_ITERATIONS = 50
const PAGE_SIZE = 50

const RAW = `SELECT id, business_date, document_id, qty_delta, value_fen, run_qty, run_value FROM stock_movements
  WHERE item_id = ? AND warehouse_id = ? ORDER BY business_date, id LIMIT ${PAGE_SIZE} OFFSET ?`

export const itemLedgerPage: BenchCase = {
  name: 'item ledger of a 10k-movement item',
  async run(ctx: BenchContext) {
    const { busyItemId: itemId, warehouseId } = ctx.ledger
    const raw = ctx.db.prepare(RAW)
    const viaRouter = (page: number) => ctx.call('stock.itemLedger', { itemId, warehouseId, page, pageSize: PAGE_SIZE })
    const viaRaw = (page: number) => raw.all(itemId, warehouseId, (page - 1) * PAGE_SIZE) as { id: number }[]

    const first = await viaRouter(1)
    if (first.total < 10_000) throw new Error(`item ${itemId} has ${first.total} movements, not the 10k seeded`)
    const lastPage = Math.ceil(first.total / PAGE_SIZE)
    for (const page of [1, lastPage]) {
      const ids = (await viaRouter(page)).rows.map((row) => row.movementId).join()
      if (
        ids !==
        viaRaw(page)
          .map((row) => row.id)
          .join()
      )
        throw new Error(`page ${page} differs from the raw query`)
    }

    const measure = async (name: string, page: number, iterations: number): Promise<Metric[]> => {
      const routerNs: number[] = []
      const rawNs: number[] = []
      for (let i = 0; i < WARMUP + iterations; i++) {
        const routerTime = (await timeAsync(() => viaRouter(page))).ns
        const rawTime = timeSync(() => viaRaw(page)).ns
        if (i < WARMUP) continue
        routerNs.push(routerTime)
        rawNs.push(rawTime)
      }
      return [
        { name, unit: 'ms', summary: summarize(routerNs, 'ms'), baseline: `${name}_raw` },
        { name: `${name}_raw`, unit: 'ms', summary: summarize(rawNs, 'ms') },
      ]
    }
    return [
      ...(await measure('item_ledger', 1, ITERATIONS)),
      ...(await measure('item_ledger_last_page', lastPage, LAST_PAGE_ITERATIONS)),
    ]
  },
}
