/**
 * A separate process with its own database connection. It says "ready", then for each message
 * `{ id }` posts that document (or `{ method, input }` makes that call) through the router and answers
 * with the outcome; "exit" ends it. The test sends all processes their message at once, so they race.
 */
import { createApp } from '../../../electron/core/app'

const [dataDir, token] = process.argv.slice(2)
const app = createApp({ dataDir, log: () => {} })
type Message = { id: number } | { method: 'orders.receive'; input: unknown } | 'exit'
process.on('message', async (message: Message) => {
  if (message === 'exit') {
    app.close()
    process.exit(0)
  }
  const result =
    'method' in message
      ? await app.router.call(token, message.method, message.input)
      : await app.router.call(token, 'stock.post', { id: message.id })
  process.send?.(result.ok ? 'posted' : result.error.code)
})
process.send?.('ready')
