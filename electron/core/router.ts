import { z } from 'zod'
import { contract, isMethodName, type MethodName, type Output, type User } from '../shared/contract'
import type { CallResult } from '../shared/bridge'
import { ApiError, type LocalText } from '../shared/errors'
import { can } from './auth/permissions'
import { toUser } from './auth/users'
import { userForToken } from './auth/sessions'
import { timestamp, type Core } from './context'
import { writeTransaction } from './db/open'
import { earlierCall, recordCall, requestCall } from './request-id'
import type { Access, AuditNote, RouteContext, RouteEntry, RouteTable } from './route'

export interface Router {
  /** Validates, checks permission, runs and audits one call. Never throws: errors come back typed. */
  call(token: string | null, method: string, input: unknown): Promise<CallResult>
}

export function createRouter(core: Core, routes: RouteTable, log: (error: unknown) => void = console.error): Router {
  return {
    async call(token, method, rawInput) {
      try {
        return { ok: true, data: await dispatch(core, routes, token, method, rawInput) }
      } catch (error) {
        return { ok: false, error: toApiError(error, log).toBody() }
      }
    },
  }
}

/** A typed in-process caller, for tests and the bench: throws ApiError instead of returning it. */
export function createClient(router: Router, token: () => string | null = () => null) {
  return async <M extends MethodName>(method: M, input: unknown = {}): Promise<Output<M>> => {
    const result = await router.call(token(), method, input)
    if (!result.ok) throw ApiError.fromBody(result.error)
    return result.data as Output<M> // the router produced it from the route of this very method
  }
}

async function dispatch(core: Core, routes: RouteTable, token: string | null, method: string, rawInput: unknown) {
  if (!isMethodName(method)) {
    throw new ApiError('UNKNOWN_METHOD', { zh: `未知的操作：${method}`, en: `Unknown method: ${method}` })
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {})
  if (!parsed.success) throw inputError(parsed.error)
  const entry = routes[method] as RouteEntry<typeof method>
  const userRow = token ? userForToken(core.db, token, core.now()) : undefined
  const user = userRow ? toUser(userRow) : null
  assertAccess(user, entry.access)
  let note: AuditNote | undefined
  const ctx: RouteContext = { core, user, token, note: (n) => (note = n) }
  const commit = await entry.begin(ctx, parsed.data as never) // parsed by this method's own schema
  // Reads run in one deferred transaction: a consistent snapshot, and one lock instead of one per query.
  if (!entry.mutates) return core.db.transaction(commit).deferred()
  // A call with a request id is bound to its caller, method, target and body (electron/core/request-id.ts).
  const call = requestCall(user?.id ?? null, method, parsed.data)
  return writeTransaction(core.db, () => {
    const earlier = call ? earlierCall(core.db, call) : { kind: 'new' as const }
    if (earlier.kind === 'repeat') return earlier.result // the same call again: its first result, nothing written
    const result = commit()
    if (call && earlier.kind === 'new') recordCall(core.db, call, result, timestamp(core))
    // Setup and login have no user before the call; their note names the user they acted for.
    const actor = ctx.user?.id ?? null
    core.db
      .prepare('INSERT INTO audit_log (at, user_id, method, target, summary, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        timestamp(core),
        actor,
        method,
        note?.target ?? '',
        note?.summary ?? '',
        JSON.stringify({ before: note?.before, after: note?.after }),
      )
    return result
  })
}

/** Refuses a caller a route's access level: no session, or a role without the permission. */
export function assertAccess(user: User | null, access: Access): void {
  if (access === 'public') return
  if (!user) throw new ApiError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' })
  if (access !== 'signed-in' && !can(user.role, access)) {
    throw new ApiError('FORBIDDEN', { zh: '没有执行此操作的权限', en: 'You are not allowed to do this' })
  }
}

/** BAD_INPUT naming every field a schema refused; `prefix` places them inside a larger input. */
export function inputError(error: z.ZodError, prefix = ''): ApiError {
  const details = error.issues.map((issue) => ({ path: prefix + issue.path.join('.'), message: issue.message }))
  const fields = [...new Set(details.map((d) => d.path || '(input)'))].join(', ')
  // A schema rule with its own words (a range check) says them, not only where it failed.
  const said = error.issues.flatMap((issue) => (issue.code === 'custom' && isText(issue.params) ? [issue.params] : []))
  const zh = [...new Set(said.map((t) => t.zh))].join('；')
  const en = [...new Set(said.map((t) => t.en))].join('; ')
  return new ApiError(
    'BAD_INPUT',
    { zh: `输入有误：${fields}${zh ? `（${zh}）` : ''}`, en: `Invalid input: ${fields}${en ? ` (${en})` : ''}` },
    details,
  )
}

const isText = (value: unknown): value is LocalText =>
  typeof value === 'object' && value !== null && typeof (value as LocalText).zh === 'string'

function toApiError(error: unknown, log: (error: unknown) => void): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
    return new ApiError('CONFLICT', {
      zh: '数据冲突，请刷新后重试',
      en: 'The data changed or conflicts; refresh and try again',
    })
  }
  log(error)
  return new ApiError('INTERNAL', { zh: '内部错误，请联系管理员', en: 'Internal error; contact the administrator' })
}
