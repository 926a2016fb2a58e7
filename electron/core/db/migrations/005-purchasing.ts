/** Purchasing: requisitions (采购申请), purchase orders (采购订单) with approvals, receipts against them. */
export default `
  CREATE TABLE requisitions (
    id INTEGER PRIMARY KEY,
    req_no TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'ordered', 'done')),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    needed_by TEXT,
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    decision_comment TEXT NOT NULL DEFAULT '',
    CHECK (decided_by IS NULL OR decided_by <> created_by)
  ) STRICT;
  CREATE INDEX requisitions_status ON requisitions(status, created_at);

  CREATE TABLE requisition_lines (
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    item_id INTEGER REFERENCES items(id),
    name TEXT NOT NULL,
    spec TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (requisition_id, line_no)
  ) STRICT;

  CREATE TABLE purchase_orders (
    id INTEGER PRIMARY KEY,
    po_no TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL
      CHECK (status IN ('draft', 'pending', 'approved', 'sent', 'partial', 'received', 'closed', 'cancelled')),
    revision INTEGER NOT NULL DEFAULT 1,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    expected_date TEXT,
    payment_terms TEXT NOT NULL DEFAULT '',
    delivery_terms TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    -- Who made the current revision: like the creator, they may not approve it.
    revised_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    approvals_needed INTEGER NOT NULL DEFAULT 0 CHECK (approvals_needed BETWEEN 0 AND 2),
    sent_at TEXT,
    closed_reason TEXT
  ) STRICT;
  CREATE INDEX purchase_orders_status ON purchase_orders(status, expected_date);
  CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id, status);

  CREATE TABLE po_lines (
    po_id INTEGER NOT NULL REFERENCES purchase_orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES items(id),
    pack_name TEXT,
    pack_ratio_milli INTEGER NOT NULL CHECK (pack_ratio_milli > 0),
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    base_qty_milli INTEGER NOT NULL CHECK (base_qty_milli > 0),
    price_e4 INTEGER NOT NULL CHECK (price_e4 >= 0),
    amount_fen INTEGER NOT NULL,
    tax_rate_bp INTEGER,
    closed_reason TEXT,
    PRIMARY KEY (po_id, line_no)
  ) STRICT;
  CREATE INDEX po_lines_item ON po_lines(item_id);
  -- An order's lines are fixed once it leaves draft (a change is a new revision, back in draft);
  -- only a short-close reason may be set later.
  CREATE TRIGGER po_lines_locked_insert BEFORE INSERT ON po_lines
    WHEN (SELECT status FROM purchase_orders WHERE id = NEW.po_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'approved orders are locked'); END;
  CREATE TRIGGER po_lines_locked_update BEFORE UPDATE OF item_id, pack_name, pack_ratio_milli, qty_milli,
    base_qty_milli, price_e4, amount_fen, tax_rate_bp ON po_lines
    WHEN (SELECT status FROM purchase_orders WHERE id = OLD.po_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'approved orders are locked'); END;
  CREATE TRIGGER po_lines_locked_delete BEFORE DELETE ON po_lines
    WHEN (SELECT status FROM purchase_orders WHERE id = OLD.po_id) NOT IN ('draft')
    BEGIN SELECT RAISE(ABORT, 'approved orders are locked'); END;

  -- 集中采购: which requisition lines an order line serves, and how much of each.
  CREATE TABLE po_line_sources (
    po_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id),
    requisition_line INTEGER NOT NULL,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    FOREIGN KEY (po_id, line_no) REFERENCES po_lines(po_id, line_no) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX po_line_sources_requisition ON po_line_sources(requisition_id, requisition_line);

  CREATE TABLE po_approvals (
    po_id INTEGER NOT NULL REFERENCES purchase_orders(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (po_id, revision, user_id)
  ) STRICT;

  -- 采购入库: a stock-in names its order and each line its order line; rejected goods are recorded.
  ALTER TABLE documents ADD COLUMN po_id INTEGER REFERENCES purchase_orders(id);
  CREATE INDEX documents_po ON documents(po_id) WHERE po_id IS NOT NULL;
  ALTER TABLE document_lines ADD COLUMN po_line_no INTEGER;
  CREATE TABLE po_rejections (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    po_id INTEGER NOT NULL REFERENCES purchase_orders(id),
    line_no INTEGER NOT NULL,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    reason TEXT NOT NULL
  ) STRICT;
  CREATE INDEX po_rejections_po ON po_rejections(po_id, line_no);

  -- The ledger's position index also carries the running balance, so a balance as of a date (on-hand
  -- as of, the item ledger's opening, a re-valuation's starting point) is read from the index alone.
  DROP INDEX stock_movements_position;
  CREATE INDEX stock_movements_position
    ON stock_movements(item_id, warehouse_id, business_date, id, run_qty, run_value);
`
