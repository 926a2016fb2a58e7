/**
 * Who authored a purchase order or a requisition: everyone who created or changed it before its approval.
 * Written in the transaction of the change; read by the rules in ./actions.ts.
 */
import type { Db } from '../db/open'

export type AuthoredKind = 'order' | 'requisition'

const TABLES: Record<AuthoredKind, { table: string; column: string }> = {
  order: { table: 'purchase_order_authors', column: 'order_id' },
  requisition: { table: 'requisition_authors', column: 'requisition_id' },
}

export function addAuthor(db: Db, kind: AuthoredKind, id: number, userId: number): void {
  const { table, column } = TABLES[kind]
  db.prepare(`INSERT OR IGNORE INTO ${table} (${column}, user_id) VALUES (?, ?)`).run(id, userId)
}

export function isAuthor(db: Db, kind: AuthoredKind, id: number, userId: number): boolean {
  const { table, column } = TABLES[kind]
  return db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ? AND user_id = ?`).get(id, userId) !== undefined
}
