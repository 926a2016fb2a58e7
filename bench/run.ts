/**
 * `npm run bench`: seeds (or reuses) a large database under bench-data/, runs each case, prints a
 * table and merges the figures into bench-results.json. Not a test: nothing here passes or fails
 * on a threshold. `--fresh` rebuilds the data folder even when it could be reused.
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '../electron/core/router'
import { barcodeLookup } from './cases/barcode-lookup'
import { importItems } from './cases/import-items'
import { itemSearch } from './cases/item-search'
import { postStockIn } from './cases/post-stock-in'
import type { BenchCase, BenchContext, Metric } from './cases/types'
import { formatTable, writeResults } from './results'
import { createRng } from './rng'
import { count, openBenchDatabase } from './seed'

const ITEMS = 100_000
const CASES: readonly BenchCase[] = [barcodeLookup, itemSearch, postStockIn, importItems]

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
      : `seed: fresh ${path.relative(root, dataDir)} in ${bench.seedSeconds.toFixed(1)} s`,
  )

  const ctx: BenchContext = {
    app,
    db: app.core.db,
    token: bench.token,
    call: createClient(app.router, () => bench.token),
    rng: createRng(42),
  }
  const metrics: Metric[] = []
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
    }
    console.log(`\n${formatTable(metrics)}\n`)
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
