import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import pkg from '../../package.json'
import { createApp } from '../../electron/core/app'
import { DatabaseTooNewError, openDatabase, type Db } from '../../electron/core/db/open'
import { LATEST_VERSION, migrations } from '../../electron/core/db/migrations/index'
import { verifyLedger } from '../../electron/core/stock/verify'
import { SEEDS } from './migration-seeds'

const dirs: string[] = []
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-mig-'))
  dirs.push(dir)
  return path.join(dir, 'waredesk.db')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('migrations', () => {
  it('creates a fresh database at the latest version with STRICT tables and the right pragmas', () => {
    const db = openDatabase(tempFile())
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string
      strict: number
    }[]
    expect(tables.length).toBeGreaterThan(5)
    expect(tables.filter((t) => t.strict !== 1)).toEqual([])
    db.close()
  })

  it('refuses to open a database newer than the app, and leaves it untouched', () => {
    const file = tempFile()
    openDatabase(file).close()
    const raw = openDatabase(file)
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`)
    raw.close()
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError)
    expect(() => openDatabase(file)).toThrow(/请升级 WareDesk/)
  })

  it('backs up an existing database before migrating it', () => {
    const file = tempFile()
    openDatabase(file).close()
    const next = [
      ...migrations,
      { version: LATEST_VERSION + 1, name: 'test', sql: 'CREATE TABLE extra (x INTEGER) STRICT;' },
    ]
    const db = openDatabase(file, { migrations: next })
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1)
    db.close()
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'))
    expect(backups).toHaveLength(1)
    const old = openDatabase(path.join(path.dirname(file), 'backups', backups[0]))
    expect(old.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    old.close()
  })

  it('rolls a failing migration back whole, version and all', () => {
    const file = tempFile()
    openDatabase(file).close()
    const broken = [
      ...migrations,
      {
        version: LATEST_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM missing;',
      },
    ]
    expect(() => openDatabase(file, { migrations: broken })).toThrow()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 })
    db.close()
  })

  it('2 (master data) backfills the 拼音首字母 of existing items', () => {
    const file = tempFile()
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) })
    v1.prepare(
      "INSERT INTO items (code, name, unit, created_at, updated_at) VALUES ('WZ1', 'A4复印纸', '包', 'now', 'now'), ('WZ2', '办公纸', '包', 'now', 'now')",
    ).run()
    v1.close()
    const db = openDatabase(file)
    expect(db.prepare('SELECT code, initials FROM items ORDER BY code').all()).toEqual([
      { code: 'WZ1', initials: 'a4fyz' },
      { code: 'WZ2', initials: 'bgz' },
    ])
    db.close()
  })
})

/** Every table's rows, by rowid, with only the given columns (all of them when omitted). */
function dump(db: Db, columns?: Map<string, string[]>): Map<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  const rows = new Map<string, unknown[]>()
  for (const table of columns ? [...columns.keys()] : tables) {
    const names =
      columns?.get(table) ?? (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[])
    rows.set(table, db.prepare(`SELECT ${names.map((n) => `"${n}"`).join(', ')} FROM "${table}" ORDER BY rowid`).all())
  }
  return rows
}

const columnsOf = (rows: Map<string, unknown[]>) =>
  new Map([...rows].map(([table, list]) => [table, Object.keys((list[0] ?? {}) as object)]))

/**
 * A database at version k as it would have lived: for v = 1..k, migrated to v and then given the rows
 * written at v (SEEDS[v], plain SQL), so older rows have been through the later migrations already.
 */
function populatedAt(file: string, version: number): void {
  if (version === 0) {
    new Database(file).close()
    return
  }
  for (let v = 1; v <= version; v++) {
    const db = openDatabase(file, { migrations: migrations.slice(0, v) })
    db.transaction(() => db.exec(SEEDS[v] ?? ''))()
    db.close()
  }
}

describe('upgrading a populated database', () => {
  const earlier = [0, ...migrations.map((m) => m.version)].filter((v) => v < LATEST_VERSION)

  it.each(earlier)('from version %i to the latest: intact, ledger sound, every row kept', (version) => {
    const file = tempFile()
    populatedAt(file, version)
    const before = new Database(file, { readonly: true })
    const old = dump(before)
    before.close()
    // Every table at this version has rows, so the upgrade is tested on data, not on empty tables.
    expect([...old].filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([])

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(verifyLedger(db)).toEqual([])
    // Each row survives with the values of the columns it had (new columns take their defaults).
    expect(dump(db, columnsOf(old))).toEqual(old)
    const items = db.prepare('SELECT count(*) AS n FROM items').pluck().get() as number
    if (version >= 1) {
      expect(db.prepare("SELECT count(*) FROM items WHERE initials <> ''").pluck().get()).toBe(items)
      expect(db.prepare('SELECT count(*) FROM item_search').pluck().get()).toBe(items)
    }
    db.close()
    // And the app opens it.
    const app = createApp({ file, version: pkg.version, log: () => {} })
    return app.router.call(null, 'system.status', {}).then((status) => {
      expect(status).toMatchObject({ ok: true, data: { setupRequired: version === 0 } })
      app.close()
    })
  })

  it('migrations import nothing from outside their folder (no live application code)', () => {
    const folder = path.resolve(import.meta.dirname, '../../electron/core/db/migrations')
    const packages = Object.keys(pkg.dependencies)
    const outside: string[] = []
    for (const name of fs.readdirSync(folder)) {
      const source = fs.readFileSync(path.join(folder, name), 'utf8')
      for (const [, spec] of source.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        const inFolder = spec.startsWith('./') && !spec.includes('..')
        if (!inFolder && !packages.includes(spec)) outside.push(`${name}: ${spec}`)
      }
    }
    expect(fs.readdirSync(folder)).toContain('index.ts')
    expect(outside).toEqual([])
  })
})
