/** Transfers (调拨), stocktakes (盘点) and negative stock allowed per item. */
export default `
  -- 调拨单: the receiving warehouse. Each receiving movement names the sending movement whose value it
  -- takes (ledger.md, Order), so a re-valuation of the sender carries on in the receiver.
  ALTER TABLE documents ADD COLUMN to_warehouse_id INTEGER REFERENCES warehouses(id);
  ALTER TABLE stock_movements ADD COLUMN transfer_of INTEGER REFERENCES stock_movements(id);
  CREATE UNIQUE INDEX stock_movements_transfer ON stock_movements(transfer_of) WHERE transfer_of IS NOT NULL;
  CREATE TRIGGER stock_movements_transfer_fixed BEFORE UPDATE OF transfer_of ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'ledger facts are never changed'); END;

  -- 盘点单: its scope and blind-count option; the 盘盈 / 盘亏 documents its posting writes name it.
  ALTER TABLE documents ADD COLUMN source_id INTEGER REFERENCES documents(id);
  CREATE INDEX documents_source ON documents(source_id) WHERE source_id IS NOT NULL;
  ALTER TABLE documents ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));
  ALTER TABLE documents ADD COLUMN category_id INTEGER REFERENCES categories(id);
  ALTER TABLE documents ADD COLUMN location_id INTEGER REFERENCES locations(id);
  CREATE INDEX documents_warehouse ON documents(warehouse_id, business_date);
  CREATE INDEX documents_to_warehouse ON documents(to_warehouse_id) WHERE to_warehouse_id IS NOT NULL;
  CREATE INDEX documents_supplier ON documents(supplier_id, business_date);

  -- The count sheet: the book quantity and the last movement at the snapshot, and the count.
  CREATE TABLE stocktake_lines (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES items(id),
    book_milli INTEGER NOT NULL,
    snapshot_movement_id INTEGER NOT NULL,
    counted_milli INTEGER CHECK (counted_milli >= 0),
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, line_no),
    UNIQUE (document_id, item_id)
  ) STRICT;
  CREATE TRIGGER stocktake_lines_posted_insert BEFORE INSERT ON stocktake_lines
    WHEN (SELECT status FROM documents WHERE id = NEW.document_id) = 'posted'
    BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;
  CREATE TRIGGER stocktake_lines_posted_update BEFORE UPDATE ON stocktake_lines
    WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'posted'
    BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;
  CREATE TRIGGER stocktake_lines_posted_delete BEFORE DELETE ON stocktake_lines
    WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'posted'
    BEGIN SELECT RAISE(ABORT, 'posted documents are read-only'); END;

  -- 允许负库存: set by an administrator; the valuation rule is in README (Ledger rules).
  ALTER TABLE items ADD COLUMN allow_negative INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative IN (0, 1));
`
