import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseTooNewError, openDatabase } from '../../electron/core/db/open'
import { LATEST_VERSION, migrations } from '../../electron/core/db/migrations/index'

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
