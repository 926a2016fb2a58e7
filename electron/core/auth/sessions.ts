import crypto from 'node:crypto'
import type { Db } from '../db/open'
import { findUserById, type UserRow } from './users'

/** Sessions last 12 hours from login: a working day, then the storekeeper signs in again. */
const SESSION_MS = 12 * 60 * 60 * 1000

// Only a hash of the token is stored: a copied database file does not hand out live sessions.
const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export function createSession(db: Db, userId: number, now: Date): string {
  const token = crypto.randomBytes(32).toString('base64url') // 256 bits
  db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    hashToken(token),
    userId,
    now.toISOString(),
    new Date(now.getTime() + SESSION_MS).toISOString(),
  )
  return token
}

/** The active user behind a token, or undefined: expired sessions and disabled users end here. */
export function userForToken(db: Db, token: string, now: Date): UserRow | undefined {
  const session = db.prepare('SELECT user_id, expires_at FROM sessions WHERE token_hash = ?').get(hashToken(token)) as
    { user_id: number; expires_at: string } | undefined
  if (!session || session.expires_at <= now.toISOString()) return undefined
  const user = findUserById(db, session.user_id)
  return user?.active === 1 ? user : undefined
}

export function deleteSession(db: Db, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token))
}

export function deleteUserSessions(db: Db, userId: number): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId)
}

/** Ends every session of a user but the one given (a password changed by its owner). */
export function deleteOtherSessions(db: Db, userId: number, keepToken: string | null): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(
    userId,
    keepToken ? hashToken(keepToken) : null,
  )
}

export function deleteExpiredSessions(db: Db, now: Date): void {
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString())
}
