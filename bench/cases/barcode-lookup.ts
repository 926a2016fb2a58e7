/**
 * Scanning a barcode: items.findByBarcode through the router (validation, session lookup, permission,
 * handler) against the least SQLite can do for the same answer — one prepared join.
 */
import { summarize, timeAsync, timeSync } from '../measure'
import type { BenchCase, BenchContext } from './types'

const WARMUP = 1000
const ITERATIONS = 10_000

export const barcodeLookup: BenchCase = {
  name: 'barcode lookup',
  async run(ctx: BenchContext) {
    // Ordered, so the seeded random picks are the same codes every run.
    const barcodes = ctx.db.prepare('SELECT barcode FROM item_barcodes ORDER BY barcode').pluck().all() as string[]
    const raw = ctx.db.prepare(
      `SELECT i.id, i.code, i.name, i.spec, i.unit, i.unit_decimals, i.ref_price_e4, i.active, b.qty_milli
       FROM item_barcodes b JOIN items i ON i.id = b.item_id WHERE b.barcode = ?`,
    )
    const viaRouter = async (barcode: string) => {
      const result = await ctx.app.router.call(ctx.token, 'items.findByBarcode', { barcode })
      if (!result.ok || result.data === null) throw new Error(`lookup of ${barcode} failed`)
    }
    const viaRaw = (barcode: string) => {
      if (raw.get(barcode) === undefined) throw new Error(`raw lookup of ${barcode} found nothing`)
    }

    for (let i = 0; i < WARMUP; i++) {
      await viaRouter(ctx.rng.pick(barcodes))
      viaRaw(ctx.rng.pick(barcodes))
    }
    // Interleaved, so both see the same cache and GC conditions; different codes, so neither
    // is served by a page the other just read.
    const routerNs: number[] = []
    const rawNs: number[] = []
    for (let i = 0; i < ITERATIONS; i++) {
      const a = ctx.rng.pick(barcodes)
      const b = ctx.rng.pick(barcodes)
      routerNs.push((await timeAsync(() => viaRouter(a))).ns)
      rawNs.push(timeSync(() => viaRaw(b)).ns)
    }
    return [
      { name: 'barcode_lookup', unit: 'us', summary: summarize(routerNs, 'us'), baseline: 'barcode_lookup_raw' },
      { name: 'barcode_lookup_raw', unit: 'us', summary: summarize(rawNs, 'us') },
    ]
  },
}
