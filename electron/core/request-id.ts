import { conflict } from '../shared/errors'
import { signedIn, type RouteContext } from './route'

/**
 * A create retried with the same client request id (a double click, a resent request) returns what the
 * first attempt made: its id, or undefined for a new request. Another user's id is refused.
 */
export function repeatedCreate(
  ctx: RouteContext,
  table: 'documents' | 'requisitions' | 'purchase_orders',
  requestId: string,
): number | undefined {
  const row = ctx.core.db.prepare(`SELECT id, created_by FROM ${table} WHERE request_id = ?`).get(requestId) as
    { id: number; created_by: number } | undefined
  if (row && row.created_by !== signedIn(ctx).id) throw conflict('请求编号冲突', 'Request id already used')
  return row?.id
}
