/**
 * The item search box at 100k items: a mix of what people type — a code prefix, a fragment of a name,
 * 拼音首字母 and a scanned barcode — each through `items.list` (first page of 50, with on-hand and
 * low-stock flags), as the items screen asks for it.
 */
import { nameInitials } from '../../electron/core/search/initials'
import { summarize, timeAsync } from '../measure'
import type { BenchCase, BenchContext } from './types'

const PER_KIND = 100

export const itemSearch: BenchCase = {
  name: 'item search',
  async run(ctx: BenchContext) {
    const sample = ctx.db
      .prepare(
        `SELECT i.code, i.name, b.barcode FROM items i JOIN item_barcodes b ON b.item_id = i.id
         WHERE i.id % 997 = 1 ORDER BY i.id`,
      )
      .all() as { code: string; name: string; barcode: string }[]
    const queries: { kind: string; search: string }[] = []
    for (let i = 0; i < PER_KIND; i++) {
      const item = ctx.rng.pick(sample)
      const start = ctx.rng.int(0, Math.max(0, item.name.length - 2))
      queries.push(
        { kind: 'code', search: item.code.slice(0, 6) },
        { kind: 'name', search: item.name.slice(start, start + 2) },
        { kind: 'initials', search: nameInitials(item.name).slice(0, 3) },
        { kind: 'barcode', search: item.barcode },
      )
    }
    const search = async (text: string) => {
      const page = await ctx.call('items.list', { search: text, pageSize: 50 })
      if (page.rows.length === 0) throw new Error(`search for ${text} found nothing`)
    }
    for (const q of queries.slice(0, 20)) await search(q.search) // warm-up
    const all: number[] = []
    const byKind = new Map<string, number[]>()
    for (const q of queries) {
      const { ns } = await timeAsync(() => search(q.search))
      all.push(ns)
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ns])
    }
    return [
      { name: 'item_search', unit: 'ms', summary: summarize(all, 'ms') },
      ...[...byKind].map(([kind, ns]) => ({
        name: `item_search_${kind}`,
        unit: 'ms' as const,
        summary: summarize(ns, 'ms'),
      })),
    ]
  },
}
