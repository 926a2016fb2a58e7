/**
 * 库存查询 as of a date a year back, at 1M movements: stock.onHand for every item in the main warehouse
 * (first page of 50 by item code, and the total the pager shows) against the least SQLite can do for
 * the same page — one statement, one index seek per balance row for its last movement by that date.
 */
import { summarize, timeAsync, timeSync } from '../measure'
import type { BenchCase, BenchContext } from './types'

const WARMUP = 1
const ITERATIONS = 5
const PAGE_SIZE = 50

/**
 * The same answer with nothing else: for each balance row of the warehouse, the running balance of its
 * last movement by the date (the position index answers that seek), the items with something on hand,
 * the first page by code and, in the same pass, how many there are.
 */
const last = (column: string) => `(SELECT s.${column} FROM stock_movements s
    WHERE s.item_id = b.item_id AND s.warehouse_id = b.warehouse_id AND s.business_date <= @asOf
    ORDER BY s.business_date DESC, s.id DESC LIMIT 1)`
const RAW = `SELECT i.id AS itemId, i.code AS itemCode, x.qtyMilli, x.valueFen, count(*) OVER () AS total
  FROM (SELECT b.item_id, ${last('run_qty')} AS qtyMilli, ${last('run_value')} AS valueFen
        FROM stock_balances b WHERE b.warehouse_id = @warehouseId) x
  JOIN items i ON i.id = x.item_id
  WHERE x.qtyMilli <> 0
  ORDER BY i.code LIMIT ${PAGE_SIZE}`

interface RawRow {
  itemId: number
  itemCode: string
  qtyMilli: number
  valueFen: number
  total: number
}

export const onHandAsOf: BenchCase = {
  name: 'on hand as of a year back',
  async run(ctx: BenchContext) {
    const { asOf, warehouseId } = ctx.ledger
    const raw = ctx.db.prepare(RAW)
    const viaRouter = () =>
      ctx.call('stock.onHand', { warehouseId, asOf, lowOnly: false, search: '', page: 1, pageSize: PAGE_SIZE })
    const viaRaw = () => raw.all({ asOf, warehouseId }) as RawRow[]

    // Both must give the same page before either is timed.
    const page = await viaRouter()
    const rows = viaRaw()
    const same =
      page.total === (rows[0]?.total ?? 0) &&
      page.rows.length === rows.length &&
      page.rows.every(
        (row, i) =>
          row.itemId === rows[i].itemId && row.qtyMilli === rows[i].qtyMilli && row.valueFen === rows[i].valueFen,
      )
    if (!same) throw new Error(`stock.onHand and the raw query disagree as of ${asOf}`)
    if (page.total === 0) throw new Error(`nothing on hand as of ${asOf}: the ledger seed is not what the case expects`)
    console.log(`  as of ${asOf}: ${page.total.toLocaleString('en-US')} items on hand in warehouse ${warehouseId}`)

    const routerNs: number[] = []
    const rawNs: number[] = []
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      // Alternate which goes first, so neither always runs on the cache the other just warmed.
      let routerTime: number
      let rawTime: number
      if (i % 2) {
        routerTime = (await timeAsync(viaRouter)).ns
        rawTime = timeSync(viaRaw).ns
      } else {
        rawTime = timeSync(viaRaw).ns
        routerTime = (await timeAsync(viaRouter)).ns
      }
      if (i < WARMUP) continue
      routerNs.push(routerTime)
      rawNs.push(rawTime)
    }
    return [
      { name: 'on_hand_as_of', unit: 'ms', summary: summarize(routerNs, 'ms'), baseline: 'on_hand_as_of_raw' },
      { name: 'on_hand_as_of_raw', unit: 'ms', summary: summarize(rawNs, 'ms') },
    ]
  },
}
