import type { MethodName, Output, ParsedInput, User } from '../shared/contract'
import type { Permission } from './auth/permissions'
import type { Core } from './context'

/** What goes into the audit trail for a mutating call, beyond who, when and which method. */
export interface AuditNote {
  target: string
  summary: string
  before?: unknown
  after?: unknown
}

export interface RouteContext {
  core: Core
  /** The signed-in user; null only for public methods called without a session. */
  user: User | null
  token: string | null
  /** Describe what this call changed; the router writes it with the change, in one transaction. */
  note: (note: AuditNote) => void
}

/** 'public' needs no session, 'signed-in' any active user, otherwise a permission of the role. */
export type Access = 'public' | 'signed-in' | Permission

/** A route after definition: an async first phase, then a synchronous commit. */
export interface RouteEntry<M extends MethodName> {
  access: Access
  mutates: boolean
  begin: (ctx: RouteContext, input: ParsedInput<M>) => Promise<() => Output<M>>
}

export interface RouteSpec<M extends MethodName, P> {
  access: Access
  /** Mutating routes run in one IMMEDIATE transaction together with their audit row. */
  mutates?: boolean
  /** Slow async work (password hashing) done before the transaction opens. */
  prepare?: (ctx: RouteContext, input: ParsedInput<M>) => Promise<P>
  /** Synchronous on purpose: better-sqlite3 transactions cannot span an await. */
  handler: (ctx: RouteContext, input: ParsedInput<M>, prepared: P) => Output<M>
}

export function route<M extends MethodName>() {
  return <P = void>(spec: RouteSpec<M, P>): RouteEntry<M> => ({
    access: spec.access,
    mutates: spec.mutates ?? false,
    begin: async (ctx, input) => {
      const prepared = spec.prepare ? await spec.prepare(ctx, input) : (undefined as P) // P is void without prepare
      return () => spec.handler(ctx, input, prepared)
    },
  })
}

export type RouteTable = { [M in MethodName]: RouteEntry<M> }

/** The signed-in user of a non-public route; the router guarantees it is there. */
export function signedIn(ctx: RouteContext): User {
  if (!ctx.user) throw new Error('route reached without a user')
  return ctx.user
}
