import type { App } from '../../electron/core/app'
import type { Db } from '../../electron/core/db/open'
import type { createClient } from '../../electron/core/router'
import type { Summary, Unit } from '../measure'
import type { Rng } from '../rng'
import type { LedgerFacts } from '../seed'

export type Client = ReturnType<typeof createClient>

/** What every case gets: the seeded app, a signed-in administrator, and a seeded random source. */
export interface BenchContext {
  app: App
  db: Db
  /** A real session token, so router calls pay the real session lookup. */
  token: string
  call: Client
  rng: Rng
  /** The seeded ledger: the as-of date, the main warehouse, the item with 10k movements. */
  ledger: LedgerFacts
}

/**
 * One named figure. In bench-results.json it becomes `<name>_<unit>` (median) and `<name>_p95_<unit>`;
 * with a baseline also `<name>_ratio` = median / the baseline's median.
 */
export interface Metric {
  name: string
  unit: Unit
  summary: Summary
  /** The raw-SQLite metric doing the same minimal work, by name. */
  baseline?: string
}

export interface BenchCase {
  name: string
  run(ctx: BenchContext): Promise<Metric[]>
}
