/** Stock-out documents: who receives the goods (department, person), the supplier goods go back to, a reason. */
export default `
  ALTER TABLE documents ADD COLUMN department_id INTEGER REFERENCES departments(id);
  ALTER TABLE documents ADD COLUMN person_id INTEGER REFERENCES people(id);
  ALTER TABLE documents ADD COLUMN supplier_id INTEGER REFERENCES suppliers(id);
  ALTER TABLE documents ADD COLUMN reason TEXT NOT NULL DEFAULT '';
  CREATE INDEX documents_department ON documents(department_id, business_date);
`
