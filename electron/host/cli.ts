/**
 * `npm run serve -- [--port 5170] [--host 127.0.0.1] [--data-dir DIR]`
 * Starts the HTTP host on the built renderer (out/renderer) and the database in the data folder.
 * `--test-password-cost` (undocumented in --help, used only by tests/e2e/harness.ts) hashes new
 * passwords at TEST_PASSWORD_COST; it is refused unless the host binds to the loopback address, and
 * it says so on start. Nothing from the network can change the cost.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { createApp } from '../core/app'
import { TEST_PASSWORD_COST } from '../core/auth/password'
import { countUsers } from '../core/auth/users'
import { resolveDataDir } from '../core/data-dir'
import { createHost } from './server'
import { createSetupCode } from './setup-code'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    'test-password-cost': { type: 'boolean', default: false },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口无效 / invalid port: ${values.port}`)
  process.exit(2)
}
const testCost = values['test-password-cost']
if (testCost && values.host !== '127.0.0.1') {
  console.error('--test-password-cost 仅用于本机测试 / only for tests on 127.0.0.1')
  process.exit(2)
}
if (testCost) console.warn('测试模式：密码哈希参数已降低 / TEST MODE: cheap password hashing, never use for real data')
const dataDir = resolveDataDir(values['data-dir'])
const app = createApp({ dataDir, version: pkg.version, ...(testCost ? { passwordCost: TEST_PASSWORD_COST } : {}) })
const staticDir = path.resolve(import.meta.dirname, '../../out/renderer')
// First run: setup over HTTP needs this one-time code, printed below (tests/e2e/harness.ts reads it).
const setupCode = countUsers(app.core.db) === 0 ? createSetupCode() : undefined
const server = createHost({ router: app.router, version: pkg.version, staticDir, setupCode })

server.listen(port, values.host, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  console.log(`WareDesk ${pkg.version} — http://${values.host}:${actual}/  (data: ${dataDir})`)
  if (setupCode) console.log(`首次使用，初始化码 / setup code: ${setupCode.code}`)
})

function shutdown() {
  server.close(() => {
    app.close()
    process.exit(0)
  })
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
