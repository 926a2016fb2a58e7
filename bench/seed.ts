/**
 * The bench database: a real data folder opened through createApp (so the real migrations and
 * pragmas apply), an administrator made through the router, and a large catalogue bulk-inserted.
 * A folder seeded earlier with the same schema version, size and generator is reused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createApp, type App } from '../electron/core/app'
import { LATEST_VERSION, migrations } from '../electron/core/db/migrations'
import { createClient } from '../electron/core/router'
import { nameInitials, refreshSearchText } from '../electron/core/search/initials'
import { generateItem } from './catalogue'
import { timeSync } from './measure'
import { createRng } from './rng'

/** Bump when catalogue.ts or the seed changes, so old seeded folders are rebuilt, not reused. */
const GENERATOR = 3
const SEED = 20261126
const MARKER = 'seed.json'
// A throwaway local database; the password only has to get past the router's own login.
const ADMIN = { username: 'admin', displayName: '基准测试管理员', password: 'bench-admin-password' }

interface Marker {
  schemaVersion: number
  /** Unreleased migrations get edited in place; their text, not only the version, says what was seeded. */
  schemaHash: string
  items: number
  generator: number
}

export interface BenchDatabase {
  app: App
  token: string
  reused: boolean
  seedSeconds: number
}

export async function openBenchDatabase(dir: string, items: number, fresh: boolean): Promise<BenchDatabase> {
  const wanted: Marker = { schemaVersion: LATEST_VERSION, schemaHash: schemaHash(), items, generator: GENERATOR }
  if (!fresh && sameMarker(readMarker(dir), wanted)) {
    const app = createApp({ dataDir: dir, version: 'bench', log: console.error })
    if (count(app, 'items') === items) {
      const session = await createClient(app.router)('auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      })
      return { app, token: session.token, reused: true, seedSeconds: 0 }
    }
    app.close() // the marker lies (e.g. an interrupted run): rebuild below
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const app = createApp({ dataDir: dir, version: 'bench', log: console.error })
  const session = await createClient(app.router)('auth.setup', ADMIN)
  insertCatalogue(app, items)
  // Fold the seed out of the WAL so the measurements start from a checkpointed file, as after a restart.
  app.core.db.pragma('wal_checkpoint(TRUNCATE)')
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(wanted, null, 2) + '\n')
  const seedSeconds = Number(process.hrtime.bigint() - start) / 1e9
  return { app, token: session.token, reused: false, seedSeconds }
}

/**
 * Bypasses the router on purpose: 100,000 items.create calls would each be an IMMEDIATE transaction
 * with an fsync and an audit row — minutes of seeding for rows whose creation is not what we measure.
 * One transaction of prepared INSERTs writes the same columns the repository would.
 */
function insertCatalogue(app: App, items: number): void {
  const db = app.core.db
  const at = new Date().toISOString()
  const rng = createRng(SEED)
  const insertItem = db.prepare(
    `INSERT INTO items (id, code, name, spec, unit, unit_decimals, ref_price_e4, initials, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // The search column the repository fills on insert; names repeat, so pinyin runs once per name.
  const initials = new Map<string, string>()
  const initialsOf = (name: string) => {
    let value = initials.get(name)
    if (value === undefined) initials.set(name, (value = nameInitials(name)))
    return value
  }
  const insertBarcode = db.prepare('INSERT INTO item_barcodes (barcode, item_id) VALUES (?, ?)')
  const { ns } = timeSync(() =>
    db
      .transaction(() => {
        for (let id = 1; id <= items; id++) {
          const item = generateItem(id, rng)
          insertItem.run(
            id,
            item.code,
            item.name,
            item.spec,
            item.unit,
            item.unitDecimals,
            item.refPriceE4,
            initialsOf(item.name),
            at,
            at,
          )
          insertBarcode.run(item.barcode, id)
          refreshSearchText(db, id)
        }
      })
      .immediate(),
  )
  console.log(`  inserted ${items.toLocaleString('en-US')} items + barcodes in ${(ns / 1e9).toFixed(1)} s`)
}

function readMarker(dir: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as Marker
  } catch {
    return undefined // no folder or no marker yet: seed from scratch
  }
}

const sameMarker = (a: Marker | undefined, b: Marker): boolean =>
  a?.schemaVersion === b.schemaVersion &&
  a.schemaHash === b.schemaHash &&
  a.items === b.items &&
  a.generator === b.generator

function schemaHash(): string {
  const text = migrations.map((m) => `${m.version}\n${m.sql}\n${m.run?.toString() ?? ''}`).join('\n')
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 12)
}

export const count = (app: App, table: 'items' | 'item_barcodes' | 'stock_movements' | 'documents'): number =>
  (app.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
