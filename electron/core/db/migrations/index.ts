/**
 * Numbered, forward-only migrations. Migration N brings the schema from user_version N-1 to N.
 * Append new ones at the end; never edit one that has shipped.
 */
import type Database from 'better-sqlite3'
import { nameInitials, refreshSearchText } from '../../search/initials'
import initial from './001-initial'
import masterData from './002-master-data'
import stockOut from './003-stock-out'
import transfersStocktakes from './004-transfers-stocktakes'
import purchasing from './005-purchasing'
import requestLog from './006-request-log'

export interface Migration {
  version: number
  name: string
  sql: string
  /** Data that SQL alone cannot move, run in the migration's transaction after its SQL. */
  run?: (db: Database.Database) => void
}

/** Fills items.initials and the search text for items created before they existed. */
function backfillInitials(db: Database.Database): void {
  const update = db.prepare('UPDATE items SET initials = ? WHERE id = ?')
  for (const row of db.prepare('SELECT id, name FROM items').all() as { id: number; name: string }[]) {
    update.run(nameInitials(row.name), row.id)
    refreshSearchText(db, row.id)
  }
}

export const migrations: Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'master-data', sql: masterData, run: backfillInitials },
  { version: 3, name: 'stock-out', sql: stockOut },
  { version: 4, name: 'transfers-stocktakes', sql: transfersStocktakes },
  { version: 5, name: 'purchasing', sql: purchasing },
  { version: 6, name: 'request-log', sql: requestLog },
]

export const LATEST_VERSION = migrations[migrations.length - 1].version
