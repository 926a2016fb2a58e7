/**
 * `npm run bench`: seeds (or reuses) a large database under bench-data/ (100k items, 1M ledger
 * movements), runs each case, prints a table and the targets, and merges the figures into
 * bench-results.json. Not a test: a missed target is printed, nothing fails on a threshold.
 * `--fresh` rebuilds the data folder even when it could be reused.
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '../electron/core/router'
import { barcodeLookup } from './cases/barcode-lookup'
import { importItems } from './cases/import-items'
import { itemLedgerPage } from './cases/item-ledger'
import { itemSearch } from './cases/item-search'
import { onHandAsOf } from './cases/on-hand-as-of'
import { postStockIn } from './cases/post-stock-in'
import type { BenchCase, BenchContext, Metric } from './cases/types'
import { summarize } from './measure'
import { formatTable, formatTargets, writeResults, type Target } from './results'
import { createRng } from './rng'
import { count, openBenchDatabase } from './seed'

const ITEMS = 100_000
const CASES: readonly BenchCase[] = [barcodeLookup, itemSearch, postStockIn, onHandAsOf, itemLedgerPage, importItems]
/** The ledger issue's targets, on medians. */
const TARGETS: readonly Target[] = [
  { metric: 'post_50_lines', maxRatio: 3 },
  { metric: 'on_hand_as_of', max: 1000 },
  { metric: 'item_ledger', max: 50 },
]

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.join(root, 'bench-data', `items-${ITEMS}`)
const resultsFile = path.join(root, 'bench-results.json')
const seconds = (since: bigint) => (Number(process.hrtime.bigint() - since) / 1e9).toFixed(1)

async function main(): Promise<void> {
  const started = process.hrtime.bigint()
  // Other work on a 2-core machine inflates every figure; the load average says how much to trust them.
  const load = os.loadavg()[0].toFixed(1)
  console.log(`WareDesk bench — node ${process.version}, ${os.cpus().length} cpus, ${process.platform}, load ${load}`)
  const fresh = process.argv.includes('--fresh')
  const bench = await openBenchDatabase(dataDir, ITEMS, fresh)
  const { app } = bench
  console.log(
    bench.reused
      ? `seed: reused ${path.relative(root, dataDir)} (${count(app, 'stock_movements').toLocaleString('en-US')} movements so far; --fresh rebuilds)`
      : `seed: fresh ${path.relative(root, dataDir)} in ${bench.seedSeconds.toFixed(1)} s (+ ${bench.verifySeconds?.toFixed(1)} s verifyLedger)`,
  )
  console.log(
    `ledger: seeded ${bench.ledger.seededOn}, as-of date ${bench.ledger.asOf}, busy item ${bench.ledger.busyItemId}`,
  )

  const ctx: BenchContext = {
    app,
    db: app.core.db,
    token: bench.token,
    call: createClient(app.router, () => bench.token),
    rng: createRng(42),
    ledger: bench.ledger,
  }
  const metrics: Metric[] = []
  if (bench.verifySeconds !== undefined) {
    // Only a fresh seed runs it; a reused folder keeps the figure of the run that seeded it.
    metrics.push({ name: 'verify_ledger', unit: 'ms', summary: summarize([bench.verifySeconds * 1e9], 'ms') })
  }
  try {
    for (const benchCase of CASES) {
      const caseStart = process.hrtime.bigint()
      metrics.push(...(await benchCase.run(ctx)))
      console.log(`case: ${benchCase.name} (${seconds(caseStart)} s)`)
    }
    const dataset = {
      items: count(app, 'items'),
      barcodes: count(app, 'item_barcodes'),
      documents: count(app, 'documents'),
      movements: count(app, 'stock_movements'),
      balances: count(app, 'stock_balances'),
    }
    console.log(`\n${formatTable(metrics)}\n`)
    console.log(`${formatTargets(metrics, TARGETS)}\n`)
    console.log(
      `dataset: ${Object.entries(dataset)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
        .join(', ')}`,
    )
    writeResults(resultsFile, dataset, metrics)
    console.log(`wrote ${path.relative(root, resultsFile)}; total ${seconds(started)} s`)
  } finally {
    app.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
