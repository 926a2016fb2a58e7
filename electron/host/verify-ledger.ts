/**
 * `npm run verify-ledger -- [--data-dir DIR]`: checks the ledger invariants of a database (the same
 * check as the admin's 账务核对) and exits 1 when any fails. Opens the database like the app does.
 */
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { createApp } from '../core/app'
import { resolveDataDir } from '../core/data-dir'
import { verifyLedger } from '../core/stock/verify'

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } })
const dataDir = resolveDataDir(values['data-dir'])
const app = createApp({ dataDir, version: pkg.version })
try {
  const problems = verifyLedger(app.core.db)
  const movements = (app.core.db.prepare('SELECT count(*) AS n FROM stock_movements').get() as { n: number }).n
  if (problems.length === 0) {
    console.log(`账务核对通过 / ledger OK: ${movements} movements (${dataDir})`)
  } else {
    console.error(`账务核对发现 ${problems.length} 个问题 / ledger problems:`)
    for (const problem of problems) console.error(`  ${problem}`)
    process.exitCode = 1
  }
} finally {
  app.close()
}
