/**
 * Numbered, forward-only migrations. Migration N brings the schema from user_version N-1 to N.
 * Append new ones at the end; never edit one that has shipped. A migration is SQL, or SQL plus a
 * `run` step kept in this folder: it never imports application code (tests/core/migrations.test.ts).
 */
import type Database from 'better-sqlite3'
import initial from './001-initial'
import masterData from './002-master-data'
import { backfillInitials } from './002-backfill'
import stockOut from './003-stock-out'
import transfersStocktakes from './004-transfers-stocktakes'
import purchasing from './005-purchasing'
import requestLog from './006-request-log'
import authors from './007-authors'

export interface Migration {
  version: number
  name: string
  sql: string
  /** Data that SQL alone cannot move, run in the migration's transaction after its SQL. */
  run?: (db: Database.Database) => void
}

export const migrations: Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'master-data', sql: masterData, run: backfillInitials },
  { version: 3, name: 'stock-out', sql: stockOut },
  { version: 4, name: 'transfers-stocktakes', sql: transfersStocktakes },
  { version: 5, name: 'purchasing', sql: purchasing },
  { version: 6, name: 'request-log', sql: requestLog },
  { version: 7, name: 'authors', sql: authors },
]

export const LATEST_VERSION = migrations[migrations.length - 1].version
