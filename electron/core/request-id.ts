/**
 * Client request ids (a double click, a resent request): one id is one call. The router records each
 * mutating call whose input carries a `requestId` in `request_log`, in the call's own transaction,
 * bound to its caller, method, target (the input's `id`) and a SHA-256 of its parsed input. A repeat of
 * the very same call returns the first result and writes nothing; the id reused for any other call is a
 * CONFLICT, never another call's result.
 */
import crypto from 'node:crypto'
import { conflict } from '../shared/errors'
import type { Db } from './db/open'
import { signedIn, type RouteContext } from './route'

export interface RequestCall {
  requestId: string
  userId: number | null
  method: string
  target: string
  bodyHash: string
}

const usedByAnother = () =>
  conflict('请求编号已被其他用户使用，请刷新后重试', 'This request id belongs to another user; refresh and retry')

interface LoggedRow {
  user_id: number | null
  method: string
  target: string
  body_hash: string | null
  result: string | null
}

/** The call a mutating input describes, or undefined when it carries no request id. */
export function requestCall(userId: number | null, method: string, input: unknown): RequestCall | undefined {
  if (typeof input !== 'object' || input === null || !('requestId' in input)) return undefined
  const { requestId, ...body } = input as Record<string, unknown>
  if (typeof requestId !== 'string') return undefined
  const target = 'id' in body && body.id !== undefined ? String(body.id) : ''
  return { requestId, userId, method, target, bodyHash: bodyHash(body) }
}

/** SHA-256 of a canonical JSON (keys sorted at every level) of the parsed input without its request id. */
export function bodyHash(body: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(body)).digest('hex')
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * What an earlier use of the id says about this call, read under the write lock:
 * 'new' (never used), 'legacy' (recorded before the body was kept: the route answers as it always did),
 * or the first call's result. Any difference in caller, method, target or body throws CONFLICT.
 */
export function earlierCall(
  db: Db,
  call: RequestCall,
): { kind: 'new' | 'legacy' } | { kind: 'repeat'; result: unknown } {
  const row = db
    .prepare('SELECT user_id, method, target, body_hash, result FROM request_log WHERE request_id = ?')
    .get(call.requestId) as LoggedRow | undefined
  if (!row) return { kind: 'new' }
  if (row.user_id !== call.userId) throw usedByAnother()
  if (row.method !== call.method) {
    throw conflict('请求编号已用于另一操作，请刷新后重试', 'This request id was used for another operation')
  }
  if (row.target !== call.target) {
    throw conflict('请求编号已用于另一对象，请刷新后重试', 'This request id was used on another record')
  }
  if (row.body_hash === null || row.result === null) return { kind: 'legacy' }
  if (row.body_hash !== call.bodyHash) {
    throw conflict('请求编号已用于内容不同的请求，请刷新后重试', 'This request id was used with different content')
  }
  return { kind: 'repeat', result: JSON.parse(row.result) as unknown }
}

export function recordCall(db: Db, call: RequestCall, result: unknown, at: string): void {
  db.prepare(
    'INSERT INTO request_log (request_id, user_id, method, target, body_hash, result, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(call.requestId, call.userId, call.method, call.target, call.bodyHash, JSON.stringify(result ?? null), at)
}

/**
 * Inside a create route: the row an earlier call with this id made (ids recorded before request_log, or
 * made by the core), or undefined for a new one. Another user's id is refused.
 */
export function repeatedCreate(
  ctx: RouteContext,
  table: 'documents' | 'requisitions' | 'purchase_orders',
  requestId: string,
): number | undefined {
  const row = ctx.core.db.prepare(`SELECT id, created_by FROM ${table} WHERE request_id = ?`).get(requestId) as
    { id: number; created_by: number } | undefined
  if (row && row.created_by !== signedIn(ctx).id) {
    throw usedByAnother()
  }
  return row?.id
}
