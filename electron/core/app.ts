/** Assembles the core: database, clock and the router over every feature's routes. */
import fs from 'node:fs'
import path from 'node:path'
import { LoginGuard } from './auth/login-guard'
import { PASSWORD_COST, type PasswordCost } from './auth/password'
import { authRoutes } from './auth/routes'
import { deleteExpiredSessions } from './auth/sessions'
import { exportRoutes } from './export/routes'
import type { Core } from './context'
import { openDatabase, type OpenOptions } from './db/open'
import { itemRoutes } from './items/routes'
import { masterRoutes } from './master/routes'
import { purchaseRoutes } from './purchase/routes'
import { supplierRoutes } from './master/supplier-routes'
import type { RouteTable } from './route'
import { createRouter, type Router } from './router'
import { openingRoutes } from './stock/opening-routes'
import { periodRoutes } from './stock/periods'
import { stockRoutes } from './stock/routes'
import { systemRoutes } from './system/routes'

const listRoutes = {
  ...systemRoutes,
  ...authRoutes,
  ...itemRoutes,
  ...masterRoutes,
  ...supplierRoutes,
  ...stockRoutes,
  ...openingRoutes,
  ...periodRoutes,
  ...purchaseRoutes,
}

export const routes = { ...listRoutes, ...exportRoutes(listRoutes) } satisfies RouteTable

export interface App {
  core: Core
  router: Router
  close(): void
}

export interface AppOptions extends OpenOptions {
  /** A folder holding waredesk.db (created if missing), or use `file` for a path or ':memory:'. */
  dataDir?: string
  file?: string
  version?: string
  now?: () => Date
  log?: (error: unknown) => void
  /** scrypt parameters for new hashes. Only tests lower it (TEST_PASSWORD_COST); the default is PASSWORD_COST. */
  passwordCost?: PasswordCost
}

export const DB_FILE = 'waredesk.db'

export function createApp(options: AppOptions): App {
  let file = options.file ?? ':memory:'
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true })
    file = path.join(options.dataDir, DB_FILE)
  }
  const db = openDatabase(file, options)
  const core: Core = {
    db,
    now: options.now ?? (() => new Date()),
    version: options.version ?? '0.0.0',
    loginGuard: new LoginGuard(),
    passwordCost: options.passwordCost ?? PASSWORD_COST,
  }
  deleteExpiredSessions(db, core.now())
  return { core, router: createRouter(core, routes, options.log), close: () => db.close() }
}
