import type { z } from 'zod'
import type { masterInputs, ParsedInput, Supplier, SupplierItem, SupplierListRow } from '../../shared/contract'
import type { Db } from '../db/open'
import { nameInitials } from '../search/initials'

export type SupplierFields = ParsedInput<'suppliers.create'>
export type SupplierFilter = z.output<typeof masterInputs.supplierExportInput>

interface SupplierRow {
  id: number
  code: string
  name: string
  short_name: string
  uscc: string | null
  address: string
  bank_name: string
  bank_account: string
  categories: string
  rating: number | null
  lead_days: number | null
  notes: string
  active: number
}

export function getSupplier(db: Db, id: number): Supplier | undefined {
  const row = db.prepare('SELECT * FROM suppliers WHERE id = ?').get(id) as SupplierRow | undefined
  if (!row) return undefined
  const contacts = db
    .prepare('SELECT name, role, phone, email FROM supplier_contacts WHERE supplier_id = ? ORDER BY sort')
    .all(id) as Supplier['contacts']
  const qualifications = db
    .prepare(
      'SELECT name, number, expires_on AS expiresOn FROM supplier_qualifications WHERE supplier_id = ? ORDER BY sort',
    )
    .all(id) as Supplier['qualifications']
  const items = db
    .prepare(
      `SELECT s.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.unit, s.supplier_item_code AS supplierItemCode,
         s.last_price_e4 AS lastPriceE4, s.lead_days AS leadDays, s.min_order_milli AS minOrderMilli
       FROM supplier_items s JOIN items i ON i.id = s.item_id WHERE s.supplier_id = ? ORDER BY i.code`,
    )
    .all(id) as SupplierItem[]
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    uscc: row.uscc,
    address: row.address,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    categories: row.categories,
    rating: row.rating,
    leadDays: row.lead_days,
    notes: row.notes,
    active: row.active === 1,
    contacts,
    qualifications,
    items,
  }
}

export const findSupplierId = (db: Db, column: 'code' | 'uscc', value: string): number | undefined =>
  (db.prepare(`SELECT id FROM suppliers WHERE ${column} = ?`).get(value) as { id: number } | undefined)?.id

const params = (f: SupplierFields, at: string) => ({
  code: f.code,
  name: f.name,
  shortName: f.shortName,
  uscc: f.uscc || null,
  address: f.address,
  bankName: f.bankName,
  bankAccount: f.bankAccount,
  categories: f.categories,
  rating: f.rating,
  leadDays: f.leadDays,
  notes: f.notes,
  initials: nameInitials(f.shortName ? `${f.name} ${f.shortName}` : f.name),
  at,
})

export function insertSupplier(db: Db, fields: SupplierFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO suppliers (code, name, short_name, uscc, address, bank_name, bank_account, categories, rating, lead_days,
         notes, initials, created_at, updated_at)
       VALUES (@code, @name, @shortName, @uscc, @address, @bankName, @bankAccount, @categories, @rating, @leadDays, @notes,
         @initials, @at, @at)`,
    )
    .run(params(fields, at))
  const id = Number(lastInsertRowid)
  replaceChildren(db, id, fields)
  return id
}

export function updateSupplier(db: Db, id: number, fields: SupplierFields & { active?: boolean }, at: string): void {
  db.prepare(
    `UPDATE suppliers SET code = @code, name = @name, short_name = @shortName, uscc = @uscc, address = @address,
       bank_name = @bankName, bank_account = @bankAccount, categories = @categories, rating = @rating, lead_days = @leadDays, notes = @notes,
       initials = @initials, active = coalesce(@active, active), updated_at = @at WHERE id = @id`,
  ).run({ ...params(fields, at), active: fields.active === undefined ? null : Number(fields.active), id })
  replaceChildren(db, id, fields)
}

function replaceChildren(db: Db, id: number, fields: SupplierFields): void {
  for (const table of ['supplier_contacts', 'supplier_qualifications', 'supplier_items']) {
    db.prepare(`DELETE FROM ${table} WHERE supplier_id = ?`).run(id)
  }
  const contact = db.prepare(
    'INSERT INTO supplier_contacts (supplier_id, sort, name, role, phone, email) VALUES (?, ?, ?, ?, ?, ?)',
  )
  fields.contacts.forEach((c, i) => contact.run(id, i, c.name, c.role, c.phone, c.email))
  const qualification = db.prepare(
    'INSERT INTO supplier_qualifications (supplier_id, sort, name, number, expires_on) VALUES (?, ?, ?, ?, ?)',
  )
  fields.qualifications.forEach((q, i) => qualification.run(id, i, q.name, q.number, q.expiresOn))
  const item = db.prepare(
    `INSERT INTO supplier_items (supplier_id, item_id, supplier_item_code, last_price_e4, lead_days, min_order_milli)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  for (const s of fields.items) item.run(id, s.itemId, s.supplierItemCode, s.lastPriceE4, s.leadDays, s.minOrderMilli)
}

/** Suppliers found by code prefix, name / short name fragment, 拼音首字母, 统一社会信用代码 or contact. */
function where(filter: SupplierFilter, today: string) {
  const clauses: string[] = []
  const params: Record<string, unknown> = { soon: addDays(today, 30) }
  if (!filter.includeInactive) clauses.push('s.active = 1')
  if (filter.search) {
    const escaped = filter.search.replace(/[\\%_]/g, (c) => '\\' + c)
    params.prefix = escaped + '%'
    params.fragment = '%' + escaped + '%'
    params.initials = '%' + filter.search.toLowerCase() + '%'
    clauses.push(`(s.code LIKE @prefix ESCAPE '\\' OR s.name LIKE @fragment ESCAPE '\\' OR s.short_name LIKE @fragment ESCAPE '\\'
      OR s.initials LIKE @initials OR s.uscc LIKE @prefix ESCAPE '\\'
      OR s.id IN (SELECT supplier_id FROM supplier_contacts WHERE name LIKE @fragment ESCAPE '\\' OR phone LIKE @fragment ESCAPE '\\'))`)
  }
  if (filter.expiringOnly) {
    clauses.push(
      'EXISTS (SELECT 1 FROM supplier_qualifications q WHERE q.supplier_id = s.id AND q.expires_on <= @soon)',
    )
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export function listSuppliers(db: Db, filter: SupplierFilter, today: string, limit: number | null, offset = 0) {
  const { sql, params } = where(filter, today)
  const total = (db.prepare(`SELECT count(*) AS n FROM suppliers s ${sql}`).get(params) as { n: number }).n
  const rows = db
    .prepare(
      `SELECT s.id, s.code, s.name, s.short_name AS shortName, s.uscc, s.categories, s.rating, s.active,
         coalesce((SELECT name FROM supplier_contacts c WHERE c.supplier_id = s.id ORDER BY sort LIMIT 1), '') AS contactName,
         coalesce((SELECT phone FROM supplier_contacts c WHERE c.supplier_id = s.id ORDER BY sort LIMIT 1), '') AS contactPhone,
         (SELECT count(*) FROM supplier_items i WHERE i.supplier_id = s.id) AS itemCount,
         (SELECT count(*) FROM supplier_qualifications q WHERE q.supplier_id = s.id AND q.expires_on <= @soon) AS expiringCount,
         (SELECT min(expires_on) FROM supplier_qualifications q WHERE q.supplier_id = s.id) AS nextExpiry
       FROM suppliers s ${sql} ORDER BY s.code LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: limit ?? -1, offset }) as (Omit<SupplierListRow, 'active'> & { active: number })[]
  return { total, rows: rows.map((r) => ({ ...r, active: r.active === 1 })) }
}
