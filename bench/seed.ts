/**
 * The bench database: a real data folder opened through createApp (so the real migrations and
 * pragmas apply), an administrator made through the router, a large catalogue and a 1M-movement
 * ledger bulk-inserted (ledger-seed.ts), checked with verifyLedger before anything is measured.
 * A folder seeded earlier with the same schema version, size and generator is reused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createApp, type App } from '../electron/core/app'
import { localDate } from '../electron/core/context'
import { LATEST_VERSION, migrations } from '../electron/core/db/migrations'
import { createClient } from '../electron/core/router'
import { nameInitials, refreshSearchText } from '../electron/core/search/initials'
import { verifyLedger } from '../electron/core/stock/verify'
import { generateItem } from './catalogue'
import { addDays, LEDGER, MAIN_WAREHOUSE, seedLedger } from './ledger-seed'
import { timeAsync, timeSync } from './measure'
import { createRng } from './rng'

/** Bump when catalogue.ts or the seed changes, so old seeded folders are rebuilt, not reused. */
const GENERATOR = 4
const SEED = 20261126
const MARKER = 'seed.json'
// A throwaway local database; the password only has to get past the router's own login.
const ADMIN = { username: 'admin', displayName: '基准测试管理员', password: 'bench-admin-password' }

interface Marker {
  schemaVersion: number
  /** Unreleased migrations get edited in place; their text, not only the version, says what was seeded. */
  schemaHash: string
  items: number
  movements: number
  generator: number
  /** The seed day: the ledger's business dates are counted back from it. Not compared. */
  seededOn?: string
}

/** What the ledger cases need to know about the seeded ledger. */
export interface LedgerFacts {
  /** The day the ledger was seeded; its movements are dated in the two years before. */
  seededOn: string
  /** The on-hand case's date, a year before the seed day. */
  asOf: string
  warehouseId: number
  /** The item with 10k movements in the main warehouse. */
  busyItemId: number
}

export interface BenchDatabase {
  app: App
  token: string
  reused: boolean
  seedSeconds: number
  /** verifyLedger over the fresh seed; undefined when the folder was reused. */
  verifySeconds?: number
  ledger: LedgerFacts
}

const ledgerFacts = (seededOn: string): LedgerFacts => ({
  seededOn,
  asOf: addDays(seededOn, -LEDGER.asOfDaysBack),
  warehouseId: MAIN_WAREHOUSE,
  busyItemId: LEDGER.busyItemId,
})

export async function openBenchDatabase(dir: string, items: number, fresh: boolean): Promise<BenchDatabase> {
  const wanted: Marker = {
    schemaVersion: LATEST_VERSION,
    schemaHash: schemaHash(),
    items,
    movements: LEDGER.movements,
    generator: GENERATOR,
  }
  const found = readMarker(dir)
  if (!fresh && found?.seededOn && sameMarker(found, wanted)) {
    const app = createApp({ dataDir: dir, version: 'bench', log: console.error })
    if (count(app, 'items') === items && count(app, 'stock_movements') >= LEDGER.movements) {
      const session = await createClient(app.router)('auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      })
      return { app, token: session.token, reused: true, seedSeconds: 0, ledger: ledgerFacts(found.seededOn) }
    }
    app.close() // the marker lies (e.g. an interrupted run): rebuild below
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const app = createApp({ dataDir: dir, version: 'bench', log: console.error })
  try {
    const session = await createClient(app.router)('auth.setup', ADMIN)
    const call = createClient(app.router, () => session.token)
    const db = app.core.db
    // A bigger page cache for the bulk insert only (1M random index insertions); the app's default
    // comes back before anything is measured.
    const cacheSize = db.pragma('cache_size', { simple: true }) as number
    db.pragma('cache_size = -262144')
    insertCatalogue(app, items)
    const seededOn = localDate(new Date())
    const ledger = await timeAsync(() => seedLedger(app, call, items, seededOn, createRng(SEED + 1)))
    console.log(
      `  inserted ${ledger.result.movements.toLocaleString('en-US')} movements in ` +
        `${ledger.result.documents.toLocaleString('en-US')} documents in ${(ledger.ns / 1e9).toFixed(1)} s`,
    )
    db.pragma(`cache_size = ${cacheSize}`)
    // Fold the seed out of the WAL so the measurements start from a checkpointed file, as after a restart.
    db.pragma('wal_checkpoint(TRUNCATE)')
    const seedSeconds = Number(process.hrtime.bigint() - start) / 1e9
    // The seed bypasses the posting code, so prove it wrote a sound ledger before measuring anything.
    const verify = timeSync(() => verifyLedger(db))
    const verifySeconds = verify.ns / 1e9
    console.log(
      `  verifyLedger over the whole ledger in ${verifySeconds.toFixed(1)} s: ${verify.result.length} problems`,
    )
    if (verify.result.length > 0) {
      throw new Error(
        `the seeded ledger is not valid (${verify.result.length} problems), first ones:\n  ` +
          verify.result.slice(0, 10).join('\n  '),
      )
    }
    const marker: Marker = { ...wanted, seededOn }
    fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(marker, null, 2) + '\n')
    return { app, token: session.token, reused: false, seedSeconds, verifySeconds, ledger: ledgerFacts(seededOn) }
  } catch (error) {
    app.close() // no marker was written, so the next run seeds afresh
    throw error
  }
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
  a.movements === b.movements &&
  a.generator === b.generator

function schemaHash(): string {
  const text = migrations.map((m) => `${m.version}\n${m.sql}\n${m.run?.toString() ?? ''}`).join('\n')
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 12)
}

export const count = (
  app: App,
  table: 'items' | 'item_barcodes' | 'stock_movements' | 'stock_balances' | 'documents',
): number => (app.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
