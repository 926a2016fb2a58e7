import type { ItemListRow, ParsedInput } from '../../shared/contract'
import type { Db } from '../db/open'
import { toItem, type ItemRow } from './repository'

export type ItemFilter = Omit<ParsedInput<'items.export'>, never>

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c)

const ON_HAND = '(SELECT coalesce(sum(qty_milli), 0) FROM stock_balances s WHERE s.item_id = i.id)'
const LOW_STOCK = `EXISTS (SELECT 1 FROM item_stock_limits l
  LEFT JOIN stock_balances s ON s.item_id = l.item_id AND s.warehouse_id = l.warehouse_id
  WHERE l.item_id = i.id AND l.min_milli > 0 AND coalesce(s.qty_milli, 0) < l.min_milli)`
const SORT = { code: 'i.code', name: 'i.name', onHand: 'on_hand' } as const

/**
 * One search box finds items by code prefix, name / 规格型号 fragment, 拼音首字母 fragment
 * (「bgz」 → 办公纸) and exact barcode (base unit or pack).
 */
function whereClause(filter: ItemFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (!filter.includeInactive) where.push('i.active = 1')
  const search = filter.search.trim()
  if (search) {
    params.prefix = likeEscape(search) + '%'
    params.fragment = '%' + likeEscape(search) + '%'
    params.exact = search
    const any = [
      "i.code LIKE @prefix ESCAPE '\\'",
      "i.name LIKE @fragment ESCAPE '\\'",
      "i.spec LIKE @fragment ESCAPE '\\'",
      'i.id IN (SELECT item_id FROM item_barcodes WHERE barcode = @exact)',
    ]
    if (/^[a-z0-9]+$/i.test(search)) {
      params.initials = '%' + search.toLowerCase() + '%'
      any.push('i.initials LIKE @initials')
    }
    where.push(`(${any.join(' OR ')})`)
  }
  if (filter.categoryId) {
    params.categoryId = filter.categoryId
    where.push(`i.category_id IN (WITH RECURSIVE tree(id) AS (SELECT @categoryId
      UNION ALL SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)`)
  }
  if (filter.lowStockOnly) where.push(LOW_STOCK)
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params }
}

export function countItems(db: Db, filter: ItemFilter): number {
  const { sql, params } = whereClause(filter)
  return (db.prepare(`SELECT count(*) AS n FROM items i ${sql}`).get(params) as { n: number }).n
}

/** One page of items (or all of them for an export when `limit` is null), sorted in SQL. */
export function searchItems(db: Db, filter: ItemFilter, limit: number | null, offset = 0): ItemListRow[] {
  const { sql, params } = whereClause(filter)
  const order = `${SORT[filter.sort]} ${filter.order === 'desc' ? 'DESC' : 'ASC'}, i.id`
  const rows = db
    .prepare(
      `SELECT i.*, ${ON_HAND} AS on_hand, ${LOW_STOCK} AS low_stock, coalesce(c.name, '') AS category_name
       FROM items i LEFT JOIN categories c ON c.id = i.category_id
       ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: limit ?? -1, offset }) as (ItemRow & {
    on_hand: number
    low_stock: number
    category_name: string
  })[]
  return rows.map((row) => ({
    ...toItem(db, row),
    onHandMilli: row.on_hand,
    lowStock: row.low_stock === 1,
    categoryName: row.category_name,
  }))
}
