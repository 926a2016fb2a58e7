import type { Role, User } from '../../shared/contract'
import type { Db } from '../db/open'

export interface UserRow {
  id: number
  username: string
  display_name: string
  role: Role
  password_hash: string
  active: number
  created_at: string
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  active: row.active === 1,
  createdAt: row.created_at,
})

export const countUsers = (db: Db): number => (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n

export const findUserByName = (db: Db, username: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined

export const findUserById = (db: Db, id: number): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined

export const listUsers = (db: Db): UserRow[] => db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]

export function insertUser(
  db: Db,
  user: { username: string; displayName: string; role: Role; passwordHash: string },
  at: string,
): UserRow {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(user.username, user.displayName, user.role, user.passwordHash, at, at)
  return findUserById(db, Number(lastInsertRowid))!
}

export function updateUser(
  db: Db,
  id: number,
  fields: { displayName?: string; role?: Role; active?: boolean; passwordHash?: string },
  at: string,
): void {
  db.prepare(
    `UPDATE users SET display_name = coalesce(?, display_name), role = coalesce(?, role),
       active = coalesce(?, active), password_hash = coalesce(?, password_hash), updated_at = ?
     WHERE id = ?`,
  ).run(
    fields.displayName ?? null,
    fields.role ?? null,
    fields.active === undefined ? null : Number(fields.active),
    fields.passwordHash ?? null,
    at,
    id,
  )
}

export const countActiveAdmins = (db: Db): number =>
  (db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n
