/** 明细账: one item's movements in one warehouse, with the balance before the period (期初结存). */
import type { ItemLedger, LedgerEntry, ParsedInput } from '../../shared/contract'
import { averagePriceE4 } from '../../shared/money'
import type { Db } from '../db/open'

type Row = Omit<LedgerEntry, 'avgPriceE4' | 'reversal'> & { reversal: number }

export function itemLedger(db: Db, input: ParsedInput<'stock.itemLedger'>): ItemLedger {
  const params = {
    itemId: input.itemId,
    warehouseId: input.warehouseId,
    dateFrom: input.dateFrom ?? '0000-01-01',
    dateTo: input.dateTo ?? '9999-12-31',
  }
  const opening = db
    .prepare(
      `SELECT run_qty AS qtyMilli, run_value AS valueFen FROM stock_movements
       WHERE item_id = @itemId AND warehouse_id = @warehouseId AND business_date < @dateFrom
       ORDER BY business_date DESC, id DESC LIMIT 1`,
    )
    .get(params) as ItemLedger['opening'] | undefined
  const range = `FROM stock_movements m WHERE m.item_id = @itemId AND m.warehouse_id = @warehouseId
    AND m.business_date BETWEEN @dateFrom AND @dateTo`
  const { total } = db.prepare(`SELECT count(*) AS total ${range}`).get(params) as { total: number }
  const rows = db
    .prepare(
      `SELECT m.id AS movementId, m.business_date AS businessDate, m.document_id AS documentId, d.doc_no AS docNo,
         d.doc_type AS docType, d.subtype, m.qty_delta AS qtyDelta, m.value_fen AS valueFen, m.run_qty AS runQty,
         m.run_value AS runValue,
         (m.reversal_of IS NOT NULL OR EXISTS (SELECT 1 FROM stock_movements r WHERE r.reversal_of = m.id)) AS reversal,
         coalesce(dep.name, s.name, CASE WHEN d.doc_type = 'DB' THEN
           (SELECT w.name FROM warehouses w WHERE w.id =
             CASE WHEN m.warehouse_id = d.warehouse_id THEN d.to_warehouse_id ELSE d.warehouse_id END) END) AS party
       FROM (SELECT * ${range} ORDER BY m.business_date, m.id LIMIT @limit OFFSET @offset) m
       JOIN documents d ON d.id = m.document_id
       LEFT JOIN departments dep ON dep.id = d.department_id
       LEFT JOIN suppliers s ON s.id = d.supplier_id
       ORDER BY m.business_date, m.id`,
    )
    .all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as Row[]
  return {
    itemId: input.itemId,
    warehouseId: input.warehouseId,
    opening: opening ?? { qtyMilli: 0, valueFen: 0 },
    rows: rows.map((row) => ({
      ...row,
      reversal: row.reversal === 1,
      avgPriceE4: averagePriceE4(row.runValue, row.runQty),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  }
}
