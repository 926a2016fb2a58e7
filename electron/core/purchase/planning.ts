/** Prices, reorder suggestions and the follow-up counts of the home page. */
import type { Dashboard, PriceHistoryRow, ReorderSuggestion, User } from '../../shared/contract'
import { can } from '../../shared/permissions'
import { localDate, type Core } from '../context'
import type { Db } from '../db/open'
import { basePriceE4 } from '../../shared/rules/amounts'
import { AWAITING_ME } from './orders'

const ORDERED = "('approved', 'sent', 'partial', 'received', 'closed')"

/** Prices of approved orders, newest first (per purchase unit and per base unit). */
export function priceHistory(db: Db, itemId: number, supplierId?: number): PriceHistoryRow[] {
  const rows = db
    .prepare(
      `SELECT o.supplier_id AS supplierId, s.name AS supplierName, o.id AS poId, o.po_no AS poNo,
         substr(o.created_at, 1, 10) AS date, l.pack_name AS packName, l.price_e4 AS priceE4,
         l.pack_ratio_milli AS ratio
       FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id JOIN suppliers s ON s.id = o.supplier_id
       WHERE l.item_id = @itemId AND o.status IN ${ORDERED} AND (@supplierId IS NULL OR o.supplier_id = @supplierId)
       ORDER BY o.created_at DESC, o.id DESC LIMIT 50`,
    )
    .all({ itemId, supplierId: supplierId ?? null }) as (Omit<PriceHistoryRow, 'basePriceE4'> & { ratio: number })[]
  return rows.map(({ ratio, ...row }) => ({ ...row, basePriceE4: basePriceE4(row.priceE4, ratio) }))
}

/** The last price per base unit from a supplier, or null. */
export function lastBasePrice(db: Db, itemId: number, supplierId: number): number | null {
  return priceHistory(db, itemId, supplierId)[0]?.basePriceE4 ?? null
}

/**
 * Base quantity still to come on orders not finished, per item and warehouse — drafts included, so a
 * suggestion turned into a draft order is not suggested again.
 */
const ON_ORDER = `coalesce((SELECT sum(l.base_qty_milli - coalesce((SELECT sum(dl.qty_milli) FROM document_lines dl
    JOIN documents d ON d.id = dl.document_id WHERE d.po_id = l.po_id AND dl.po_line_no = l.line_no
      AND d.status = 'posted' AND d.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM documents r WHERE r.reverses_id = d.id)), 0))
  FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id
  WHERE l.item_id = x.item_id AND o.warehouse_id = x.warehouse_id AND l.closed_reason IS NULL
    AND o.status IN ('draft', 'pending', 'approved', 'sent', 'partial')), 0)`

/** Items under their minimum: suggested = (max, or min without one) − on hand − on order. */
export function reorderSuggestions(db: Db, warehouseId?: number): ReorderSuggestion[] {
  const rows = db
    .prepare(
      `SELECT x.*, x.target - x.onHandMilli - x.onOrderMilli AS suggestedMilli FROM (
         SELECT s.item_id, s.warehouse_id, i.id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec,
           i.unit, i.unit_decimals AS unitDecimals, w.id AS warehouseId, w.name AS warehouseName,
           coalesce(b.qty_milli, 0) AS onHandMilli, s.min_milli AS minMilli, s.max_milli AS maxMilli,
           coalesce(s.max_milli, s.min_milli) AS target, i.default_supplier_id AS supplierId, sp.name AS supplierName,
           0 AS onOrderMilli
         FROM item_stock_limits s JOIN items i ON i.id = s.item_id JOIN warehouses w ON w.id = s.warehouse_id
         LEFT JOIN stock_balances b ON b.item_id = s.item_id AND b.warehouse_id = s.warehouse_id
         LEFT JOIN suppliers sp ON sp.id = i.default_supplier_id
         WHERE i.active = 1 AND s.min_milli > 0 AND coalesce(b.qty_milli, 0) < s.min_milli
           AND (@warehouseId IS NULL OR s.warehouse_id = @warehouseId)) x`,
    )
    .all({ warehouseId: warehouseId ?? null }) as (ReorderSuggestion & {
    item_id: number
    warehouse_id: number
    target: number
  })[]
  const onOrder = db.prepare(`SELECT ${ON_ORDER} AS n FROM (SELECT ? AS item_id, ? AS warehouse_id) x`)
  return rows
    .map(({ item_id, warehouse_id, target, ...row }) => {
      const ordered = (onOrder.get(item_id, warehouse_id) as { n: number }).n
      const step = 10 ** (3 - row.unitDecimals)
      const raw = target - row.onHandMilli - ordered
      return {
        ...row,
        onOrderMilli: ordered,
        // Rounded up to what the unit allows.
        suggestedMilli: Math.max(0, Math.ceil(raw / step) * step),
        lastPriceE4: row.supplierId === null ? null : lastBasePrice(db, row.itemId, row.supplierId),
      }
    })
    .filter((row) => row.suggestedMilli > 0)
    .sort((a, b) => (a.supplierName ?? '').localeCompare(b.supplierName ?? '') || a.itemCode.localeCompare(b.itemCode))
}

export function dashboard(core: Core, user: User): Dashboard {
  const db = core.db
  const params = { userId: user.id, today: localDate(core.now()) }
  const n = (sql: string) => (db.prepare(sql).get(params) as { n: number }).n
  const approver = can(user.role, 'purchase.approve')
  return {
    awaitingMyApproval: approver
      ? n(`SELECT count(*) AS n FROM purchase_orders o WHERE ${AWAITING_ME}`) +
        n("SELECT count(*) AS n FROM requisitions WHERE status = 'submitted' AND created_by <> @userId")
      : 0,
    overdueOrders: n(
      "SELECT count(*) AS n FROM purchase_orders WHERE expected_date < @today AND status IN ('approved', 'sent', 'partial')",
    ),
    lowStock: n(`SELECT count(*) AS n FROM item_stock_limits s JOIN items i ON i.id = s.item_id
      LEFT JOIN stock_balances b ON b.item_id = s.item_id AND b.warehouse_id = s.warehouse_id
      WHERE i.active = 1 AND s.min_milli > 0 AND coalesce(b.qty_milli, 0) < s.min_milli`),
    myDrafts:
      n("SELECT count(*) AS n FROM purchase_orders WHERE status = 'draft' AND created_by = @userId") +
      n("SELECT count(*) AS n FROM requisitions WHERE status = 'draft' AND created_by = @userId") +
      n("SELECT count(*) AS n FROM documents WHERE status = 'draft' AND created_by = @userId"),
  }
}
