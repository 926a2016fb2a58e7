/** 库存查询: balances now or at the end of any business date, with the items' limits (low stock). */
import type { OnHandRow, ParsedInput } from '../../shared/contract'
import type { Db } from '../db/open'

type Query = ParsedInput<'stock.onHand'>

/** (item, warehouse, qty, value) now, or as of a date: the running balance of the last movement by then. */
function balances(query: Query): string {
  const warehouse = query.warehouseId ? 'WHERE b.warehouse_id = @warehouseId' : ''
  if (!query.asOf) return `SELECT item_id, warehouse_id, qty_milli, value_fen FROM stock_balances b ${warehouse}`
  // Both lookups are answered by the position index alone, which carries the running balance.
  const last = (column: string) => `(SELECT m.${column} FROM stock_movements m
    WHERE m.item_id = b.item_id AND m.warehouse_id = b.warehouse_id AND m.business_date <= @asOf
    ORDER BY m.business_date DESC, m.id DESC LIMIT 1)`
  return `SELECT * FROM (SELECT b.item_id, b.warehouse_id, ${last('run_qty')} AS qty_milli, ${last('run_value')} AS value_fen
    FROM stock_balances b ${warehouse}) WHERE qty_milli IS NOT NULL`
}

export function listOnHand(db: Db, query: Query): { rows: OnHandRow[]; total: number } {
  // Low stock is driven by the limits, so an item with nothing on hand at all is listed too.
  const source = query.lowOnly
    ? `SELECT s.item_id, s.warehouse_id, coalesce(b.qty_milli, 0) AS qty_milli, coalesce(b.value_fen, 0) AS value_fen,
         s.min_milli, s.max_milli
       FROM item_stock_limits s LEFT JOIN (${balances(query)}) b
         ON b.item_id = s.item_id AND b.warehouse_id = s.warehouse_id
       WHERE s.min_milli > 0 AND coalesce(b.qty_milli, 0) < s.min_milli
         ${query.warehouseId ? 'AND s.warehouse_id = @warehouseId' : ''}`
    : `SELECT b.item_id, b.warehouse_id, b.qty_milli, b.value_fen, coalesce(s.min_milli, 0) AS min_milli, s.max_milli
       FROM (${balances(query)}) b LEFT JOIN item_stock_limits s
         ON s.item_id = b.item_id AND s.warehouse_id = b.warehouse_id
       WHERE b.qty_milli <> 0`
  const where: string[] = []
  if (query.categoryId) where.push('i.category_id IN (SELECT id FROM scope)')
  if (query.locationId) where.push('i.default_location_id = @locationId')
  if (query.search) where.push("(i.code LIKE @prefix ESCAPE '\\' OR i.name LIKE @fragment ESCAPE '\\')")
  const escaped = query.search.replace(/[\\%_]/g, (c) => '\\' + c)
  const params = {
    warehouseId: query.warehouseId,
    categoryId: query.categoryId ?? null,
    locationId: query.locationId,
    asOf: query.asOf,
    prefix: escaped + '%',
    fragment: '%' + escaped + '%',
  }
  const from = `WITH RECURSIVE scope(id) AS (
      SELECT @categoryId UNION ALL SELECT c.id FROM categories c JOIN scope ON c.parent_id = scope.id)
    SELECT %COLUMNS% FROM (${source}) r JOIN items i ON i.id = r.item_id JOIN warehouses w ON w.id = r.warehouse_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`
  // One pass: the total comes with the page (a window over the whole result), not from a second query.
  const rows = db
    .prepare(
      `${from.replace(
        '%COLUMNS%',
        `i.id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec, i.unit,
           i.unit_decimals AS unitDecimals, (SELECT name FROM categories c WHERE c.id = i.category_id) AS categoryName,
           (SELECT name FROM locations l WHERE l.id = i.default_location_id) AS locationName,
           w.id AS warehouseId, w.name AS warehouseName, r.qty_milli AS qtyMilli, r.value_fen AS valueFen,
           r.min_milli AS minMilli, r.max_milli AS maxMilli, r.qty_milli < r.min_milli AS low,
           count(*) OVER () AS total`,
      )} ORDER BY i.code, w.code LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as (Omit<OnHandRow, 'low'> & {
    low: number
    total: number
  })[]
  const total =
    rows[0]?.total ??
    (query.page > 1 ? (db.prepare(from.replace('%COLUMNS%', 'count(*) AS n')).get(params) as { n: number }).n : 0)
  return { rows: rows.map(({ total: _total, ...row }) => ({ ...row, low: row.low === 1 })), total }
}
