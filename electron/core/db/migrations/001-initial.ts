/** Users, sessions, audit trail, settings, one warehouse, items with barcodes, stock-in and the ledger. */
export default `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin','storekeeper','purchaser','approver','viewer')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        method TEXT NOT NULL,
        target TEXT NOT NULL,
        summary TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      -- append-only: the audit trail is never edited or pruned
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TABLE warehouses (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      ) STRICT;
      INSERT INTO warehouses (code, name) VALUES ('WH01', '总仓');

      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        spec TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL,
        unit_decimals INTEGER NOT NULL DEFAULT 0 CHECK (unit_decimals BETWEEN 0 AND 3),
        ref_price_e4 INTEGER NOT NULL DEFAULT 0 CHECK (ref_price_e4 >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX items_name ON items(name);

      CREATE TABLE item_barcodes (
        barcode TEXT PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        qty_milli INTEGER NOT NULL DEFAULT 1000 CHECK (qty_milli > 0)
      ) STRICT;
      CREATE INDEX item_barcodes_item ON item_barcodes(item_id);

      CREATE TABLE doc_sequences (
        prefix TEXT NOT NULL,
        day TEXT NOT NULL,
        last_no INTEGER NOT NULL,
        PRIMARY KEY (prefix, day)
      ) STRICT;

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('RK', 'CK', 'DB', 'PD')),
        doc_no TEXT UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('draft','posted')),
        request_id TEXT NOT NULL UNIQUE,
        business_date TEXT NOT NULL,
        warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
        note TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        posted_by INTEGER REFERENCES users(id),
        posted_at TEXT,
        CHECK ((status = 'posted') = (doc_no IS NOT NULL AND posted_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX documents_type_status ON documents(doc_type, status, business_date);

      CREATE TABLE document_lines (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        price_e4 INTEGER NOT NULL CHECK (price_e4 >= 0),
        amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        PRIMARY KEY (document_id, line_no)
      ) STRICT;
      CREATE INDEX document_lines_item ON document_lines(item_id);
      -- Posted documents are read-only, whatever code runs against the file.
      CREATE TRIGGER documents_posted_fixed BEFORE UPDATE ON documents WHEN OLD.status = 'posted'
        BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;
      CREATE TRIGGER documents_posted_kept BEFORE DELETE ON documents WHEN OLD.status = 'posted'
        BEGIN SELECT RAISE(ABORT, 'posted documents are never deleted'); END;
      CREATE TRIGGER document_lines_posted_insert BEFORE INSERT ON document_lines
        WHEN (SELECT status FROM documents WHERE id = NEW.document_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;
      CREATE TRIGGER document_lines_posted_update BEFORE UPDATE ON document_lines
        WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;
      CREATE TRIGGER document_lines_posted_delete BEFORE DELETE ON document_lines
        WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;

      -- The ledger. Facts (document, item, warehouse, date, qty_delta, value_in_fen) are written once;
      -- value_fen / run_qty / run_value are the derived moving-average valuation (see ledger.md).
      CREATE TABLE stock_movements (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        line_no INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id),
        warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
        business_date TEXT NOT NULL,
        qty_delta INTEGER NOT NULL CHECK (qty_delta <> 0),
        value_in_fen INTEGER,
        value_fen INTEGER NOT NULL,
        run_qty INTEGER NOT NULL,
        run_value INTEGER NOT NULL,
        UNIQUE (document_id, line_no, item_id, warehouse_id)
      ) STRICT;
      CREATE INDEX stock_movements_position ON stock_movements(item_id, warehouse_id, business_date, id);
      CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
      CREATE TRIGGER stock_movements_facts_fixed BEFORE UPDATE OF document_id, line_no, item_id,
        warehouse_id, business_date, qty_delta, value_in_fen ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'ledger facts are never changed'); END;

      CREATE TABLE stock_balances (
        item_id INTEGER NOT NULL REFERENCES items(id),
        warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
        qty_milli INTEGER NOT NULL,
        value_fen INTEGER NOT NULL,
        PRIMARY KEY (item_id, warehouse_id)
      ) STRICT;
`
