import { createApp, type App, type AppOptions } from '../../electron/core/app'
import { TEST_PASSWORD_COST } from '../../electron/core/auth/password'
import { createClient } from '../../electron/core/router'
import type { Role } from '../../electron/shared/contract'
import { ApiError } from '../../electron/shared/errors'

export const ADMIN_PASSWORD = 'correct-horse-9'

/**
 * A fresh app on an in-memory database with the real migrations, a fixed clock and cheap password
 * hashing (auth.test.ts checks the production parameters).
 */
export function makeApp(options: Partial<AppOptions> = {}): App & { now: Date } {
  const clock = { now: new Date('2026-11-26T09:00:00+08:00') }
  const app = createApp({
    file: ':memory:',
    version: '9.9.9',
    now: () => clock.now,
    log: () => {},
    passwordCost: TEST_PASSWORD_COST,
    ...options,
  })
  // `app.now = …` moves the clock the core reads.
  return Object.defineProperty(app, 'now', {
    get: () => clock.now,
    set: (value: Date) => (clock.now = value),
  }) as App & {
    now: Date
  }
}

export type Client = ReturnType<typeof createClient>

/** Runs first-run setup and returns a client signed in as the administrator. */
export async function setupAdmin(app: App): Promise<Client> {
  const anonymous = createClient(app.router)
  const session = await anonymous('auth.setup', {
    username: 'admin',
    displayName: '系统管理员',
    password: ADMIN_PASSWORD,
  })
  return createClient(app.router, () => session.token)
}

/** Creates a user of a role and returns a client signed in as them. */
export async function userClient(app: App, admin: Client, username: string, role: Role): Promise<Client> {
  const password = `${username}-password`
  await admin('users.create', { username, displayName: username, role, password })
  const session = await createClient(app.router)('auth.login', { username, password })
  return createClient(app.router, () => session.token)
}

export const count = (app: App, table: string): number =>
  (app.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** The typed error a call failed with; fails the test when the call succeeded or threw something else. */
export async function errorOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}
