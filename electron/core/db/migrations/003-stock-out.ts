/** Stock-out documents (department, person, supplier, reason) and reversals (红冲). */
export default `
  ALTER TABLE documents ADD COLUMN department_id INTEGER REFERENCES departments(id);
  ALTER TABLE documents ADD COLUMN person_id INTEGER REFERENCES people(id);
  ALTER TABLE documents ADD COLUMN supplier_id INTEGER REFERENCES suppliers(id);
  ALTER TABLE documents ADD COLUMN reason TEXT NOT NULL DEFAULT '';
  CREATE INDEX documents_department ON documents(department_id, business_date);

  -- 红冲: a reversal document names the original (at most one reversal each); each of its movements
  -- names the movement it cancels. The pair then counts as if never posted (ledger.md, Reversal).
  ALTER TABLE documents ADD COLUMN reverses_id INTEGER REFERENCES documents(id);
  CREATE UNIQUE INDEX documents_reverses ON documents(reverses_id) WHERE reverses_id IS NOT NULL;
  ALTER TABLE stock_movements ADD COLUMN reversal_of INTEGER REFERENCES stock_movements(id);
  CREATE UNIQUE INDEX stock_movements_reversal ON stock_movements(reversal_of) WHERE reversal_of IS NOT NULL;
  CREATE TRIGGER stock_movements_reversal_fixed BEFORE UPDATE OF reversal_of ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'ledger facts are never changed'); END;
`
