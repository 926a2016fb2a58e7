/**
 * A process that posts stock documents in a loop until it is killed (tests/core/crash.test.ts).
 * argv: <database file> <session token> <department id> <item ids, comma-separated>.
 * It opens the file the way the app does (createApp: WAL, migrations), then forever: creates a draft
 * receipt (RK) or issue to the department (CK) of a few random lines and posts it, and now and then
 * reverses (红冲) one of the receipts it posted. After each posting or reversal returns — so after its
 * transaction has committed — it writes `ACK <document id> <doc no>` to stdout. process.stdout.write
 * is synchronous for pipes on Linux, so a line the test reads was acknowledged before the kill.
 * An issue or a reversal refused for insufficient stock is skipped; any other error ends the process
 * with exit code 1, which the test reports.
 */
import { createApp } from '../../../electron/core/app'
import { createClient } from '../../../electron/core/router'
import { ApiError } from '../../../electron/shared/errors'

const [file, token, department, items] = process.argv.slice(2)
const departmentId = Number(department)
const itemIds = items.split(',').map(Number)
const app = createApp({ file, log: () => {} })
const client = createClient(app.router, () => token)

const between = (low: number, high: number) => low + Math.floor(Math.random() * (high - low + 1))
const today = () => new Date().toLocaleDateString('sv-SE') // YYYY-MM-DD in local time, as the core reads it
const ack = (doc: { id: number; docNo: string | null }) => process.stdout.write(`ACK ${doc.id} ${doc.docNo}\n`)

/** A few random lines; each item at most once per document. */
function randomLines(receipt: boolean) {
  const chosen = [...itemIds].sort(() => Math.random() - 0.5).slice(0, between(1, 4))
  return chosen.map((itemId) =>
    receipt
      ? { itemId, qtyMilli: between(1, 30) * 1_000, priceE4: between(0, 500_000) }
      : { itemId, qtyMilli: between(1, 8) * 1_000 },
  )
}

/** Runs a step; refusal for lack of stock is an expected outcome, anything else ends the process. */
async function attempt(step: () => Promise<void>): Promise<void> {
  try {
    await step()
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') return
    process.stderr.write(`crash-poster: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  }
}

const receipts: number[] = [] // posted by this process and not yet reversed

async function postOne(): Promise<void> {
  const receipt = receipts.length < 3 || Math.random() < 0.45
  const draft = await client('stock.createDraft', {
    requestId: crypto.randomUUID(),
    docType: receipt ? 'RK' : 'CK',
    warehouseId: 1,
    businessDate: today(),
    ...(receipt ? {} : { departmentId }),
    lines: randomLines(receipt),
  })
  const posted = await client('stock.post', { id: draft.id })
  ack(posted)
  if (receipt) receipts.push(posted.id)
}

async function reverseOne(): Promise<void> {
  const original = receipts.splice(Math.floor(Math.random() * receipts.length), 1)[0]
  const reversal = await client('stock.reverse', { id: original, requestId: crypto.randomUUID() })
  ack(reversal)
}

for (;;) {
  await attempt(receipts.length > 0 && Math.random() < 0.1 ? reverseOne : postOne)
}
