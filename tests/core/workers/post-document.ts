/**
 * A separate process with its own database connection. It says "ready", then for each message
 * `{ id }` posts that document through the router and answers with the outcome; "exit" ends it.
 * The test sends all processes their message at once, so the postings race.
 */
import { createApp } from '../../../electron/core/app'

const [dataDir, token] = process.argv.slice(2)
const app = createApp({ dataDir, log: () => {} })
process.on('message', async (message: { id: number } | 'exit') => {
  if (message === 'exit') {
    app.close()
    process.exit(0)
  }
  const result = await app.router.call(token, 'stock.post', { id: message.id })
  process.send?.(result.ok ? 'posted' : result.error.code)
})
process.send?.('ready')
