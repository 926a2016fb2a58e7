/**
 * Which actions a user may take on a document — one table per kind of document. The same table builds
 * the `actions` list the core returns with each document (the screens show buttons from it only) and
 * guards the routes that do them, so a button and its check cannot disagree.
 * A rule names the permission (the same one the route's access needs) and refuses by the document's
 * state and authorship; content checks (lines, stock, dates being typed) stay with the action itself.
 */
import type { User } from '../shared/contract'
import { ApiError } from '../shared/errors'
import { can, type Permission } from '../shared/permissions'
import type { Core } from './context'

export interface ActionRule<D> {
  permission: Permission
  /** Why this user may not do it to this document now, or null. */
  refuse?: (doc: D, user: User, core: Core) => ApiError | null
}

/** Key order is the order the screens show the buttons in. */
export type ActionRules<A extends string, D> = Record<A, ActionRule<D>>

const FORBIDDEN = { zh: '您的角色不能执行此操作', en: 'Your role may not do this' }

export function refusal<A extends string, D>(
  rules: ActionRules<A, D>,
  action: A,
  doc: D,
  user: User,
  core: Core,
): ApiError | null {
  const rule = rules[action]
  if (!can(user.role, rule.permission)) return new ApiError('FORBIDDEN', FORBIDDEN)
  return rule.refuse?.(doc, user, core) ?? null
}

export function allowedActions<A extends string, D>(rules: ActionRules<A, D>, doc: D, user: User, core: Core): A[] {
  return (Object.keys(rules) as A[]).filter((action) => refusal(rules, action, doc, user, core) === null)
}

/** The route guard: throws the rule's refusal. */
export function requireAction<A extends string, D>(
  rules: ActionRules<A, D>,
  action: A,
  doc: D,
  user: User,
  core: Core,
): void {
  const refused = refusal(rules, action, doc, user, core)
  if (refused) throw refused
}
