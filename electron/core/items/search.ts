import type { z } from 'zod'
import type { inputs, ItemListRow } from '../../shared/contract'
import type { Db } from '../db/open'
import { toItem, type ItemRow } from './repository'

export type ItemFilter = z.output<typeof inputs.itemExportInput>

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c)

const ON_HAND = '(SELECT coalesce(sum(qty_milli), 0) FROM stock_balances s WHERE s.item_id = i.id)'
const LOW_STOCK = `EXISTS (SELECT 1 FROM item_stock_limits l
  LEFT JOIN stock_balances s ON s.item_id = l.item_id AND s.warehouse_id = l.warehouse_id
  WHERE l.item_id = i.id AND l.min_milli > 0 AND coalesce(s.qty_milli, 0) < l.min_milli)`
const SORT = { code: 'i.code', name: 'i.name', onHand: ON_HAND } as const

/**
 * One search box finds items by code, name, 规格型号, 拼音首字母 (「bgz」 → 办公纸) or barcode: a single
 * LIKE over the narrow item_search table, which holds all of them lower-cased.
 */
function whereClause(filter: ItemFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (!filter.includeInactive) where.push('i.active = 1')
  const search = filter.search.trim().toLowerCase()
  if (search) {
    params.fragment = '%' + likeEscape(search) + '%'
    where.push("s.text LIKE @fragment ESCAPE '\\'")
  }
  if (filter.categoryId) {
    params.categoryId = filter.categoryId
    where.push(`i.category_id IN (WITH RECURSIVE tree(id) AS (SELECT @categoryId
      UNION ALL SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)`)
  }
  if (filter.lowStockOnly) where.push(LOW_STOCK)
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params }
}

/**
 * The ids of every matching item in display order: one pass over the matches gives both the total and
 * the page, where a count and a page query would scan the search table twice.
 */
function matchingIds(db: Db, filter: ItemFilter): number[] {
  const { sql, params } = whereClause(filter)
  const order = `${SORT[filter.sort]} ${filter.order === 'desc' ? 'DESC' : 'ASC'}, i.id`
  // CROSS JOIN keeps SQLite scanning the narrow search table first, not the items in code order.
  const from = filter.search.trim() ? 'item_search s CROSS JOIN items i ON i.id = s.item_id' : 'items i'
  return (db.prepare(`SELECT i.id FROM ${from} ${sql} ORDER BY ${order}`).all(params) as { id: number }[]).map(
    (r) => r.id,
  )
}

function loadRows(db: Db, ids: number[]): ItemListRow[] {
  const statement = db.prepare(
    `SELECT i.*, ${ON_HAND} AS on_hand, ${LOW_STOCK} AS low_stock, coalesce(c.name, '') AS category_name
     FROM items i LEFT JOIN categories c ON c.id = i.category_id WHERE i.id = ?`,
  )
  return ids.map((id) => {
    const row = statement.get(id) as ItemRow & { on_hand: number; low_stock: number; category_name: string }
    return {
      ...toItem(db, row),
      onHandMilli: row.on_hand,
      lowStock: row.low_stock === 1,
      categoryName: row.category_name,
    }
  })
}

/** One page of items and the total that match, filtered and sorted in SQL. */
export function searchItems(
  db: Db,
  filter: ItemFilter,
  limit: number,
  offset: number,
): { rows: ItemListRow[]; total: number } {
  const ids = matchingIds(db, filter)
  return { rows: loadRows(db, ids.slice(offset, offset + limit)), total: ids.length }
}
