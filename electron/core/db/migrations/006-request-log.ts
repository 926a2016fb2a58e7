/**
 * Request ids bound to their call: one row per client request id with who made it, which method, on what
 * target, a SHA-256 of the parsed input and the result. Written by the router in the call's transaction.
 *
 * Rows made before this version are carried over from the tables that kept a request id, as far as the
 * data tells: their caller, method and target are known, their body and result are not (both NULL), so
 * a repeat of one is checked for caller, method and target and then answered by the route as before.
 * Ids generated inside the core (they contain ':') and those of opening imports are not client ids.
 */
export default `
  CREATE TABLE request_log (
    request_id TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    method TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    body_hash TEXT,
    result TEXT,
    at TEXT NOT NULL
  ) STRICT;

  INSERT OR IGNORE INTO request_log (request_id, user_id, method, target, at)
    SELECT request_id, created_by,
      CASE
        WHEN reverses_id IS NOT NULL THEN 'stock.reverse'
        WHEN doc_type = 'PD' THEN 'stock.stocktakeCreate'
        WHEN subtype = 'purchase' AND po_id IS NOT NULL THEN 'orders.receive'
        ELSE 'stock.createDraft'
      END,
      CASE
        WHEN reverses_id IS NOT NULL THEN CAST(reverses_id AS TEXT)
        WHEN subtype = 'purchase' AND po_id IS NOT NULL THEN CAST(po_id AS TEXT)
        ELSE ''
      END,
      created_at
    FROM documents
    WHERE instr(request_id, ':') = 0 AND subtype <> 'opening';

  INSERT OR IGNORE INTO request_log (request_id, user_id, method, target, at)
    SELECT request_id, created_by, 'requisitions.create', '', created_at FROM requisitions;

  INSERT OR IGNORE INTO request_log (request_id, user_id, method, target, at)
    SELECT request_id, created_by, 'orders.create', '', created_at FROM purchase_orders
    WHERE instr(request_id, ':') = 0;

  INSERT OR IGNORE INTO request_log (request_id, user_id, method, target, at)
    SELECT substr(request_id, 1, instr(request_id, ':') - 1), created_by,
      CASE
        WHEN EXISTS (SELECT 1 FROM po_line_sources s WHERE s.po_id = purchase_orders.id) THEN 'requisitions.toOrders'
        ELSE 'purchase.reorderToOrders'
      END,
      '', created_at
    FROM purchase_orders
    WHERE instr(request_id, ':') > 0
    ORDER BY id;
`
