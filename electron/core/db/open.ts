import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { LATEST_VERSION, migrations, type Migration } from './migrations/index'

export type Db = Database.Database

export interface OpenOptions {
  /** Path of better_sqlite3.node when it is not where better-sqlite3 looks (an installed app's unpacked copy). */
  nativeBinding?: string
  /** Where backups taken before a migration go; defaults to `<db folder>/backups`. */
  backupDir?: string
  /** Only for tests: the list of migrations to apply. */
  migrations?: Migration[]
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `数据库版本 ${found} 比本程序支持的版本 ${supported} 更新，请升级 WareDesk。` +
        ` / The database is version ${found}, newer than this app supports (${supported}); please upgrade WareDesk.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

/** Opens (creating if needed) and migrates a database. `:memory:` works for tests. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    cacheStatements(db)
    migrate(db, file, options)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Makes `db.prepare` return a cached statement per SQL text. Preparing was about half the time of a
 * barcode lookup or a 50-line posting (bench). Safe because the core never toggles a statement's
 * modes (pluck / raw / expand) and never keeps an iterator open across calls.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db)
  const cache = new Map<string, Database.Statement>()
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql)
    if (!statement) {
      if (cache.size >= 2000) cache.clear() // dynamic SQL is bounded, but never let it grow without end
      statement = prepare(sql)
      cache.set(sql, statement)
    }
    return statement
  }) as Db['prepare']
}

/** Runs a write transaction as BEGIN IMMEDIATE, so it holds the write lock from its first statement. */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate()
}

function migrate(db: Db, file: string, options: OpenOptions): void {
  const list = options.migrations ?? migrations
  const latest = options.migrations ? list[list.length - 1].version : LATEST_VERSION
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) throw new DatabaseTooNewError(current, latest)
  if (current === latest) return
  if (current > 0 && file !== ':memory:') backup(db, file, current, options.backupDir)
  for (const migration of list.filter((m) => m.version > current)) {
    // Each migration and its version bump commit together, or not at all.
    writeTransaction(db, () => {
      db.exec(migration.sql)
      migration.run?.(db)
      db.pragma(`user_version = ${migration.version}`)
    })
  }
}

function backup(db: Db, file: string, version: number, backupDir?: string): void {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups')
  fs.mkdirSync(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = path.join(dir, `${path.basename(file, '.db')}-v${version}-${stamp}.db`)
  // VACUUM INTO writes a consistent, compacted copy synchronously.
  db.prepare('VACUUM INTO ?').run(target)
}
