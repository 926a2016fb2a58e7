/**
 * HTTP fuzz test of the host (issue 10): random methods, paths with encoded and raw control bytes and
 * traversal forms, header sizes, bodies of random types and sizes, oversized declarations and truncated
 * bodies, sent raw over a socket. The host always answers and closes, keeps answering /api/health, and
 * writes nothing to the database for a request it refuses.
 */
import type { AddressInfo } from 'node:net'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createHost } from '../../electron/host/server'
import { makeApp } from './helpers'
import { bounded } from './property'
import { rawRequest } from './raw-http'

const app = makeApp()
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-fuzz-'))
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>WareDesk</title>')
const limits = { maxBodyBytes: 64 * 1024, headersTimeoutMs: 300, requestTimeoutMs: 800, bodyIdleTimeoutMs: 200 }
const server = createHost({
  router: app.router,
  version: '9.9.9',
  staticDir,
  limits: { ...limits, lingerMs: 100 },
  log: () => {},
})
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => {
  server.close()
  fs.rmSync(staticDir, { recursive: true, force: true })
})

/** Every row change this in-memory database's only connection has made. */
const changes = () => (app.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n

const segment = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%2e', '..%5c..', '%2f', '%5C', '\\', '%00', '%01', '%7f', '%ff'),
  fc.constantFrom('%', '%zz', '%c0%ae%c0%ae', 'api', 'auth.setup', 'auth.me', 'items.create', 'index.html', 'etc'),
  fc.constantFrom('\u0000', '\u0001', '\t', ' ', '\u007f', '?', '#', '%0d%0a'),
  fc.string({ maxLength: 12 }),
)
// Half the paths are ones the host serves, so bodies and timeouts reach the router, not only the parser.
const requestPath = fc.oneof(
  fc.constantFrom('/api/auth.me', '/api/auth.setup', '/api/items.create', '/api/health', '/', '/index.html'),
  fc
    .tuple(fc.constantFrom('/', '/api/', '//', ''), fc.array(segment, { maxLength: 6 }))
    .map(([prefix, parts]) => prefix + parts.join('/')),
)

type Body =
  | { kind: 'none' }
  | { kind: 'full'; bytes: Buffer }
  | { kind: 'truncated'; bytes: Buffer; declared: number }
  | { kind: 'huge'; declared: number }
const text = (value: string) => ({ kind: 'full' as const, bytes: Buffer.from(value) })
const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.json({ maxDepth: 3 }).map(text),
  fc.string({ maxLength: 200 }).map(text),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ kind: 'full' as const, bytes: Buffer.from(bytes) })),
  fc.integer({ min: 1, max: 3 }).map((n) => text('x'.repeat(n * limits.maxBodyBytes))),
  fc
    .tuple(fc.string({ maxLength: 100 }), fc.integer({ min: 1, max: 1_000 }))
    .map(([sent, missing]) => ({ kind: 'truncated' as const, bytes: Buffer.from(sent), declared: 0, missing }))
    .map((b) => ({ ...b, declared: b.bytes.length + b.missing })),
  fc.integer({ min: limits.maxBodyBytes + 1, max: 2 ** 40 }).map((declared) => ({ kind: 'huge' as const, declared })),
)

const request = fc.record({
  method: fc.oneof(
    fc.constantFrom('GET', 'POST'),
    fc.constantFrom('HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'G\u0000T', 'BREW', 'POST /x'),
  ),
  path: requestPath,
  contentType: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', ''),
  padding: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 40_000 })),
  host: fc.constantFrom(true, true, true, false),
  body,
})

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never

function encode(r: FuzzRequest): Buffer {
  const lines = [`${r.method} ${r.path} HTTP/1.1`, 'Connection: close']
  if (r.host) lines.push(`Host: 127.0.0.1:${port}`)
  if (r.contentType) lines.push(`Content-Type: ${r.contentType}`)
  if (r.padding) lines.push(`X-Pad: ${'p'.repeat(r.padding)}`)
  const b = r.body
  if (b.kind !== 'none') lines.push(`Content-Length: ${b.kind === 'full' ? b.bytes.length : b.declared}`)
  const sent = b.kind === 'full' || b.kind === 'truncated' ? b.bytes : Buffer.alloc(0)
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'utf8'), sent])
}

it('always answers and closes, never exits, and writes nothing for a refused request', async () => {
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const before = changes()
      const answer = await rawRequest(port, encode(r), 2_500)
      expect(answer.closed).toBe(true)
      if (answer.status === 0 || answer.status >= 400) expect(changes()).toBe(before)
      expect(answer.status === 0 || (answer.status >= 200 && answer.status < 600)).toBe(true)
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)
    }),
    bounded(100),
  )
})
