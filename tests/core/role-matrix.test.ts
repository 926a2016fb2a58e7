/**
 * The role matrix as documented, against the code: the README's Roles table against
 * electron/shared/permissions.ts, docs/permissions.md against the route table, and then every method
 * of the route table called as every role and without a session through the real router on a real
 * database, expecting exactly the documented outcome. "Allowed" is any answer but FORBIDDEN or
 * UNAUTHENTICATED (a permitted call on an id that does not exist answers NOT_FOUND).
 */
import { describe, expect, it } from 'vitest'
import { routes } from '../../electron/core/app'
import { createClient } from '../../electron/core/router'
import { contract, ROLES, type MethodName, type Role } from '../../electron/shared/contract'
import { can, PERMISSIONS, type Permission } from '../../electron/shared/permissions'
import { ADMIN_PASSWORD, makeApp } from './helpers'
import { readMethodTable, readRoleTable, type Needs } from './role-docs'
import { SAMPLES } from './role-samples'

type Caller = Role | 'no session'
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED'

const roleTable = readRoleTable()
const methodTable = readMethodTable()
const methods = Object.keys(routes) as MethodName[]
const callers: Caller[] = ['no session', ...ROLES]

/** Whether the README marks the role ✓ in the row of this permission. */
const documentedGrant = (role: Role, permission: string) =>
  roleTable.rows.some((row) => row.permissions.includes(permission) && row.granted.includes(role))

function expectedOutcome(needs: Needs, caller: Caller): Outcome {
  if (needs.kind === 'public') return 'allowed'
  if (caller === 'no session') return 'UNAUTHENTICATED'
  if (needs.kind === 'session') return 'allowed'
  return needs.permissions.every((p) => documentedGrant(caller, p)) ? 'allowed' : 'FORBIDDEN'
}

/** A fresh app with one signed-in user per role; each caller's token (null: no session). */
async function signedInApp() {
  const app = makeApp()
  const anonymous = createClient(app.router)
  const setup = await anonymous('auth.setup', { username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD })
  const admin = createClient(app.router, () => setup.token)
  const tokens = new Map<Caller, string | null>([
    ['no session', null],
    ['admin', setup.token],
  ])
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const password = `${role}-password`
    await admin('users.create', { username: role, displayName: role, role, password })
    tokens.set(role, (await anonymous('auth.login', { username: role, password })).token)
  }
  return { app, tokens }
}

describe('role matrix: the documentation', () => {
  it('README Roles has one column per role and one row per permission, marked as permissions.ts grants', () => {
    expect(roleTable.roles).toEqual([...ROLES])
    expect(roleTable.rows.flatMap((row) => row.permissions).sort()).toEqual([...PERMISSIONS].sort())
    const differences = roleTable.rows.flatMap((row) =>
      row.permissions.flatMap((permission) =>
        ROLES.filter((role) => row.granted.includes(role) !== can(role, permission as Permission)).map(
          (role) => `${permission} / ${role}: README ${row.granted.includes(role) ? '✓' : 'blank'}`,
        ),
      ),
    )
    expect(differences).toEqual([])
  })

  it('docs/permissions.md lists every method of the route table once, and only real permissions', () => {
    expect([...methodTable.keys()].sort()).toEqual([...methods].sort())
    const named = [...methodTable.values()].flatMap((needs) => (needs.kind === 'permissions' ? needs.permissions : []))
    expect(named.filter((p) => !(PERMISSIONS as readonly string[]).includes(p))).toEqual([])
  })

  it('has a sample input for every method that passes its schema', () => {
    const invalid = methods.filter((method) => !contract[method].input.safeParse(SAMPLES[method]()).success)
    expect(invalid).toEqual([])
  })
})

describe('role matrix: every method × every caller through the router', () => {
  it.each(methods)('%s', async (method) => {
    const needs = methodTable.get(method)
    if (!needs) throw new Error(`${method} has no row in docs/permissions.md`)
    const { app, tokens } = await signedInApp()
    const expected: Partial<Record<Caller, Outcome>> = {}
    const actual: Partial<Record<Caller, Outcome>> = {}
    for (const caller of callers) {
      expected[caller] = expectedOutcome(needs, caller)
      const result = await app.router.call(tokens.get(caller) ?? null, method, SAMPLES[method]())
      const code = result.ok ? null : result.error.code
      actual[caller] = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'allowed'
    }
    expect(actual).toEqual(expected)
    app.close()
  })
})
