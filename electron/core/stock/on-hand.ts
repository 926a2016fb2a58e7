import type { OnHandRow } from '../../shared/contract'
import type { Db } from '../db/open'

export function listOnHand(
  db: Db,
  query: { warehouseId?: number; search: string; page: number; pageSize: number },
): { rows: OnHandRow[]; total: number } {
  const where = ['b.qty_milli <> 0']
  if (query.warehouseId) where.push('b.warehouse_id = @warehouseId')
  if (query.search) where.push("(i.code LIKE @prefix ESCAPE '\\' OR i.name LIKE @fragment ESCAPE '\\')")
  const escaped = query.search.replace(/[\\%_]/g, (c) => '\\' + c)
  const params = { warehouseId: query.warehouseId, prefix: escaped + '%', fragment: '%' + escaped + '%' }
  const from = `FROM stock_balances b JOIN items i ON i.id = b.item_id JOIN warehouses w ON w.id = b.warehouse_id
    WHERE ${where.join(' AND ')}`
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n
  const rows = db
    .prepare(
      `SELECT i.id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec, i.unit,
         w.id AS warehouseId, w.name AS warehouseName, b.qty_milli AS qtyMilli, b.value_fen AS valueFen
       ${from} ORDER BY i.code, w.code LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as OnHandRow[]
  return { rows, total }
}
