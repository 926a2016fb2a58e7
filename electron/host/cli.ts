/**
 * `npm run serve -- [--port 5170] [--host 127.0.0.1] [--data-dir DIR]`
 * Starts the HTTP host on the built renderer (out/renderer) and the database in the data folder.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { createApp } from '../core/app'
import { resolveDataDir } from '../core/data-dir'
import { createHost } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口无效 / invalid port: ${values.port}`)
  process.exit(2)
}
const dataDir = resolveDataDir(values['data-dir'])
const app = createApp({ dataDir, version: pkg.version })
const staticDir = path.resolve(import.meta.dirname, '../../out/renderer')
const server = createHost({ router: app.router, version: pkg.version, staticDir })

server.listen(port, values.host, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  console.log(`WareDesk ${pkg.version} — http://${values.host}:${actual}/  (data: ${dataDir})`)
})

function shutdown() {
  server.close(() => {
    app.close()
    process.exit(0)
  })
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
