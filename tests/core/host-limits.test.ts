import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHost } from '../../electron/host/server'
import { HOST_LIMITS } from '../../electron/host/limits'
import { makeApp } from './helpers'
import { rawRequest } from './raw-http'

const app = makeApp()
const logged: string[] = []
const limits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 600,
  requestTimeoutMs: 1_500,
  bodyIdleTimeoutMs: 400,
  lingerMs: 300,
}
const server = createHost({ router: app.router, version: '9.9.9', limits, log: (message) => logged.push(message) })
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => server.close())

const head = (method: string, path: string, extra = '') =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`
const healthy = async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).status
const auditRows = () => (app.core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n

describe('host limits', () => {
  it('keeps its defaults in one place, with the header timeout under the request timeout', () => {
    expect(HOST_LIMITS.maxBodyBytes).toBe(20 * 1024 * 1024)
    expect(HOST_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(HOST_LIMITS.requestTimeoutMs)
    expect(server.headersTimeout).toBe(600)
    expect(server.requestTimeout).toBe(1_500)
  })

  it.each(['/x%00', '/x%00.html', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5cwindows', '/..%2f..%2fetc', '/a\\..\\b'])(
    'refuses the path %s with a 4xx and keeps answering',
    async (path) => {
      const answer = await rawRequest(port, head('GET', path))
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(await healthy()).toBe(200)
    },
  )

  it('answers a 50 MB Content-Length with 413 before the body is sent, and writes nothing', async () => {
    const before = auditRows()
    const answer = await rawRequest(
      port,
      head('POST', '/api/auth.setup', 'Content-Type: application/json\r\nContent-Length: 52428800\r\n'),
    )
    expect(answer.status).toBe(413)
    expect(answer.text).toContain('BAD_INPUT')
    expect(auditRows()).toBe(before)
    expect(await healthy()).toBe(200)
  })

  it('answers a chunked body that grows past the limit with 413, which the sender receives', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth.me`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(response.status).toBe(413)
  })

  it('closes a truncated body within the idle timeout with 408', async () => {
    const answer = await rawRequest(
      port,
      head('POST', '/api/auth.me', 'Content-Type: application/json\r\nContent-Length: 100\r\n') + '{"a":',
    )
    expect(answer.closed).toBe(true)
    expect(answer.status).toBe(408)
    expect(answer.elapsedMs).toBeLessThan(1_400)
  })

  it('accepts a slow body whose pauses stay under the idle timeout, and cuts one that outlasts the request timeout', async () => {
    const post = head('POST', '/api/auth.me', 'Content-Type: application/json\r\nContent-Length: 2\r\n')
    const slow = await rawRequest(port, [post, '{', '}'], 3_000, 200)
    expect(slow.status).toBe(401)
    const pieces = Array.from({ length: 12 }, () => ' ')
    const trickle = head('POST', '/api/auth.me', 'Content-Type: application/json\r\nContent-Length: 100\r\n')
    const cut = await rawRequest(port, [trickle, ...pieces], 3_000, 200)
    expect(cut.closed).toBe(true)
    expect(cut.status).toBe(408)
    expect(cut.elapsedMs).toBeLessThan(2_200)
  })

  it('closes a connection whose headers never finish, with 408', async () => {
    const answer = await rawRequest(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: 1')
    expect(answer.closed).toBe(true)
    expect(answer.status).toBe(408)
  })

  it('answers a malformed request line with 400 and oversized headers with 431', async () => {
    expect((await rawRequest(port, 'GARBAGE\r\n\r\n')).status).toBe(400)
    const big = await rawRequest(port, head('GET', '/', `X-Big: ${'a'.repeat(20_000)}\r\n`))
    expect(big.status).toBe(431)
    expect(await healthy()).toBe(200)
  })

  it('answers an exception inside a handler with 500 JSON, logs it and keeps running', async () => {
    const throwing = createHost({
      router: { call: () => Promise.reject(new Error('boom')) },
      version: '1',
      log: (message) => logged.push(message),
    })
    await new Promise<void>((resolve) => throwing.listen(0, '127.0.0.1', resolve))
    const { port: other } = throwing.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${other}/api/auth.me`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(logged.some((line) => line.includes('/api/auth.me'))).toBe(true)
    throwing.close()
  })
})
