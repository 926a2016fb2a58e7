/**
 * Realistic rows for each schema version, as plain SQL written against that version's tables (never
 * through app code, which speaks the latest schema). A database at version k gets SEEDS[1..k] in order.
 * The ledger rows carry their stored valuation, so verifyLedger passes after the upgrade:
 *   item 1 A4复印纸, 总仓: +10 包 245.00 → −4 包 98.00 → 调拨 −1 包 24.50 (to 分仓) → +10 包 240.00
 *   item 2 洗手液, 总仓: +20 瓶 256.00, then a +5 瓶 receipt and its 红冲 (a neutral pair)
 *   item 4 垃圾袋, 总仓: 期初 +50 卷 150.00
 * A migration that adds tables should add its seed here: the upgrade test fails for an empty table.
 */
const at = '2026-01-05T08:00:00.000Z'
const hash = 'scrypt$1024$8$1$c2VlZHNhbHRzZWVkc2FsdA==$c2VlZGtleXNlZWRrZXlzZWVka2V5c2VlZGtleXM='

/** A document written as a draft with its lines, then posted (posted documents take no new lines). */
function posted(id: number, no: string, lines: string, postedAt = at): string {
  return `INSERT INTO document_lines (document_id, line_no, item_id, qty_milli, price_e4, amount_fen) VALUES ${lines};
    UPDATE documents SET status = 'posted', doc_no = '${no}', posted_by = 3, posted_at = '${postedAt}' WHERE id = ${id};`
}

export const SEEDS: Record<number, string> = {
  1: `
    INSERT INTO settings (key, value) VALUES ('orgName', '市第一中学后勤处');
    INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at) VALUES
      (1, 'admin', '系统管理员', 'admin', '${hash}', 1, '${at}', '${at}'),
      (2, 'keeper', '仓管员小王', 'storekeeper', '${hash}', 1, '${at}', '${at}'),
      (3, 'boss', '仓库主管老李', 'approver', '${hash}', 1, '${at}', '${at}'),
      (4, 'buyer', '采购员小陈', 'purchaser', '${hash}', 1, '${at}', '${at}'),
      (5, 'former', '离职人员', 'viewer', '${hash}', 0, '${at}', '${at}');
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
      VALUES ('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 2, '${at}', '2026-01-05T20:00:00.000Z');
    INSERT INTO audit_log (at, user_id, method, target, summary, detail) VALUES
      ('${at}', 1, 'auth.setup', 'user:1', '创建管理员 admin', '{}'),
      ('${at}', 1, 'users.create', 'user:2', '新建用户 keeper（storekeeper）', '{"after":{"username":"keeper"}}');
    INSERT INTO warehouses (id, code, name) VALUES (2, 'WH02', '分仓（食堂）');
    INSERT INTO items (id, code, name, spec, unit, unit_decimals, ref_price_e4, created_at, updated_at) VALUES
      (1, 'WZ0001', 'A4复印纸', '70g 500张/包', '包', 0, 245000, '${at}', '${at}'),
      (2, 'WZ0002', '洗手液', '500ml', '瓶', 0, 128000, '${at}', '${at}'),
      (3, 'WZ0003', '东北大米', '25kg/袋', 'kg', 3, 56000, '${at}', '${at}');
    INSERT INTO item_barcodes (barcode, item_id, qty_milli) VALUES ('6901234567892', 1, 1000), ('6909876543217', 2, 1000);
    INSERT INTO doc_sequences (prefix, day, last_no) VALUES ('RK', '20260105', 1);
    INSERT INTO documents (id, doc_type, status, request_id, business_date, warehouse_id, note, created_by, created_at, updated_at)
      VALUES (1, 'RK', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000001', '2026-01-05', 1, '开学备货', 2, '${at}', '${at}'),
             (2, 'RK', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000002', '2026-01-05', 1, '', 2, '${at}', '${at}');
    ${posted(1, 'RK20260105-0001', '(1, 1, 1, 10000, 245000, 24500), (1, 2, 2, 20000, 128000, 25600)')}
    INSERT INTO document_lines (document_id, line_no, item_id, qty_milli, price_e4, amount_fen) VALUES (2, 1, 3, 2500, 56000, 1400);
    INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value) VALUES
      (1, 1, 1, 1, 1, '2026-01-05', 10000, 24500, 24500, 10000, 24500),
      (2, 1, 2, 2, 1, '2026-01-05', 20000, 25600, 25600, 20000, 25600);
    INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (1, 1, 10000, 24500), (2, 1, 20000, 25600);
  `,
  2: `
    INSERT INTO units (name, decimals) VALUES ('托', 0);
    INSERT INTO categories (id, parent_id, name) VALUES (1, NULL, '办公用品'), (2, 1, '纸张'), (3, NULL, '清洁用品');
    INSERT INTO locations (id, warehouse_id, code, name) VALUES (1, 1, 'A-01-01', '一号货架'), (2, 2, 'S-01', '食堂库房');
    INSERT INTO suppliers (id, code, name, short_name, uscc, address, bank_name, bank_account, categories, rating, lead_days, notes, initials, created_at, updated_at)
      VALUES (1, 'GYS001', '晨光文具有限公司', '晨光', '91310000132200821H', '上海市奉贤区', '工商银行', '6222 0210 0100 1234', '办公用品', 4, 3, '', 'cgwjyxgs', '${at}', '${at}');
    INSERT INTO supplier_contacts (supplier_id, sort, name, role, phone, email) VALUES (1, 1, '李经理', '销售', '13800138000', 'li@example.com');
    INSERT INTO supplier_qualifications (supplier_id, sort, name, number, expires_on) VALUES (1, 1, '营业执照', 'No.310000', '2027-12-31');
    INSERT INTO supplier_items (supplier_id, item_id, supplier_item_code, last_price_e4, lead_days, min_order_milli) VALUES (1, 1, 'CG-A4-70', 240000, 3, 10000);
    INSERT INTO departments (id, code, name, parent_id) VALUES (1, 'D01', '校长办公室', NULL), (2, 'D02', '后勤管理处', NULL), (3, 'D0201', '食堂', 2);
    INSERT INTO people (id, department_id, name, phone) VALUES (1, 2, '张老师', '13900001111');
    UPDATE items SET category_id = 2, default_supplier_id = 1, default_location_id = 1, notes = '常备' WHERE id = 1;
    UPDATE items SET category_id = 3 WHERE id = 2;
    INSERT INTO items (id, code, name, unit, initials, category_id, created_at, updated_at)
      VALUES (4, 'WZ0004', '垃圾袋', '卷', 'ljd', 3, '${at}', '${at}');
    INSERT INTO item_units (item_id, name, qty_milli) VALUES (1, '箱', 5000), (2, '箱', 12000);
    INSERT INTO item_barcodes (barcode, item_id, qty_milli, unit_name) VALUES ('16901234567899', 1, 5000, '箱');
    INSERT OR REPLACE INTO item_search (item_id, text) VALUES (4, 'wz0004 垃圾袋  ljd ');
    INSERT INTO item_photos (item_id, mime, data) VALUES (1, 'image/png', X'89504E470D0A1A0A0000000D49484452');
    INSERT INTO item_stock_limits (item_id, warehouse_id, min_milli, max_milli) VALUES (1, 1, 2000, 20000), (2, 1, 5000, NULL);
    INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, created_by, created_at, updated_at)
      VALUES (4, 'RK', 'opening', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000004', '2026-01-01', 1, 1, '${at}', '${at}');
    ${posted(4, 'RK20260101-0001', '(4, 1, 4, 50000, 3000, 15000)')}
    INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value)
      VALUES (3, 4, 1, 4, 1, '2026-01-01', 50000, 15000, 15000, 50000, 15000);
    INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (4, 1, 50000, 15000);
  `,
  3: `
    INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, department_id, person_id, reason, created_by, created_at, updated_at)
      VALUES (5, 'CK', 'issue', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000005', '2026-01-06', 1, 2, 1, '办公领用', 2, '${at}', '${at}');
    ${posted(5, 'CK20260106-0001', '(5, 1, 1, 4000, 0, 0)')}
    INSERT INTO documents (id, doc_type, status, request_id, business_date, warehouse_id, supplier_id, created_by, created_at, updated_at)
      VALUES (6, 'RK', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000006', '2026-01-08', 1, 1, 2, '${at}', '${at}');
    ${posted(6, 'RK20260108-0001', '(6, 1, 2, 5000, 130000, 6500)')}
    INSERT INTO documents (id, doc_type, status, request_id, business_date, warehouse_id, reverses_id, created_by, created_at, updated_at)
      VALUES (7, 'RK', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000007', '2026-01-08', 1, 6, 3, '${at}', '${at}');
    ${posted(7, 'RK20260108-0002', '(7, 1, 2, 5000, 130000, 6500)')}
    INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value, reversal_of) VALUES
      (4, 5, 1, 1, 1, '2026-01-06', -4000, NULL, -9800, 6000, 14700, NULL),
      (5, 6, 1, 2, 1, '2026-01-08', 5000, 6500, 6500, 20000, 25600, NULL),
      (6, 7, 1, 2, 1, '2026-01-08', -5000, NULL, -6500, 20000, 25600, 5);
    UPDATE stock_balances SET qty_milli = 6000, value_fen = 14700 WHERE item_id = 1 AND warehouse_id = 1;
  `,
  4: `
    INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, to_warehouse_id, created_by, created_at, updated_at)
      VALUES (8, 'DB', 'transfer', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000008', '2026-01-10', 1, 2, 2, '${at}', '${at}');
    ${posted(8, 'DB20260110-0001', '(8, 1, 1, 1000, 0, 0)')}
    INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value, transfer_of) VALUES
      (7, 8, 1, 1, 1, '2026-01-10', -1000, NULL, -2450, 5000, 12250, NULL),
      (8, 8, 1, 1, 2, '2026-01-10', 1000, NULL, 2450, 1000, 2450, 7);
    UPDATE stock_balances SET qty_milli = 5000, value_fen = 12250 WHERE item_id = 1 AND warehouse_id = 1;
    INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (1, 2, 1000, 2450);
    INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, category_id, location_id, blind, created_by, created_at, updated_at)
      VALUES (9, 'PD', 'stocktake', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000009', '2026-01-11', 1, 3, NULL, 1, 2, '${at}', '${at}');
    INSERT INTO stocktake_lines (document_id, line_no, item_id, book_milli, snapshot_movement_id, counted_milli, reason) VALUES
      (9, 1, 2, 20000, 6, 19000, '破损一瓶'), (9, 2, 4, 50000, 3, NULL, '');
    UPDATE items SET allow_negative = 1 WHERE id = 3;
  `,
  5: `
    INSERT INTO requisitions (id, req_no, request_id, status, department_id, needed_by, reason, created_by, created_at, updated_at, submitted_at, decided_by, decided_at, decision_comment)
      VALUES (1, 'SQ20260112-0001', '5b0e7c1e-3f1a-4c3e-9d2a-000000000101', 'ordered', 2, '2026-01-20', '期末考试用纸', 2, '${at}', '${at}', '${at}', 3, '${at}', '同意');
    INSERT INTO requisition_lines (requisition_id, line_no, item_id, name, spec, unit, qty_milli, note) VALUES
      (1, 1, 1, 'A4复印纸', '70g 500张/包', '包', 20000, ''), (1, 2, NULL, '白板笔', '黑色', '支', 10000, '目录外');
    INSERT INTO purchase_orders (id, po_no, request_id, status, supplier_id, warehouse_id, expected_date, payment_terms, delivery_terms, created_by, created_at, updated_at, approvals_needed)
      VALUES (1, 'CG20260113-0001', '5b0e7c1e-3f1a-4c3e-9d2a-000000000102', 'draft', 1, 1, '2026-01-20', '月结30天', '送货上门', 4, '${at}', '${at}', 1);
    INSERT INTO po_lines (po_id, line_no, item_id, pack_name, pack_ratio_milli, qty_milli, base_qty_milli, price_e4, amount_fen, tax_rate_bp)
      VALUES (1, 1, 1, '箱', 5000, 4000, 20000, 1200000, 48000, 1300);
    INSERT INTO po_line_sources (po_id, line_no, requisition_id, requisition_line, qty_milli) VALUES (1, 1, 1, 1, 20000);
    UPDATE purchase_orders SET status = 'partial', sent_at = '${at}' WHERE id = 1;
    INSERT INTO po_approvals (po_id, revision, user_id, at, comment) VALUES (1, 1, 3, '${at}', '同意采购');
    INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, supplier_id, po_id, created_by, created_at, updated_at)
      VALUES (10, 'RK', 'purchase', 'draft', '5b0e7c1e-3f1a-4c3e-9d2a-000000000010', '2026-01-15', 1, 1, 1, 2, '${at}', '${at}');
    INSERT INTO document_lines (document_id, line_no, item_id, qty_milli, price_e4, amount_fen, po_line_no) VALUES (10, 1, 1, 10000, 240000, 24000, 1);
    UPDATE documents SET status = 'posted', doc_no = 'RK20260115-0001', posted_by = 2, posted_at = '${at}' WHERE id = 10;
    INSERT INTO po_rejections (document_id, po_id, line_no, qty_milli, reason) VALUES (10, 1, 1, 1000, '包装破损');
    INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta, value_in_fen, value_fen, run_qty, run_value)
      VALUES (9, 10, 1, 1, 1, '2026-01-15', 10000, 24000, 24000, 15000, 36250);
    UPDATE stock_balances SET qty_milli = 15000, value_fen = 36250 WHERE item_id = 1 AND warehouse_id = 1;
  `,
}
