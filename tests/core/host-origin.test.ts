/** Issue 10.2: /api takes JSON from the host's own origin only; setup over HTTP needs the console code. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHost } from '../../electron/host/server'
import { createSetupCode } from '../../electron/host/setup-code'
import { ADMIN_PASSWORD, makeApp } from './helpers'

const app = makeApp()
const setupCode = createSetupCode()
const server = createHost({ router: app.router, version: '9.9.9', setupCode })
let port = 0
let own = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  own = `127.0.0.1:${port}`
})
afterAll(() => server.close())

const rows = () =>
  (
    app.core.db.prepare('SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM audit_log) AS n').get() as {
      n: number
    }
  ).n
const ADMIN = { username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD }

function call(method: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; json: { ok: boolean; error?: { message: { zh: string } } } }>(
    (resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/${method}`,
          headers: { Host: own, 'Content-Type': 'application/json', ...headers },
        },
        (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => (text += chunk.toString()))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }))
        },
      )
      request.on('error', reject)
      request.end(typeof body === 'string' ? body : JSON.stringify(body))
    },
  )
}

describe('host origin and content type', () => {
  it.each([
    ['a text/plain body', { 'Content-Type': 'text/plain' }, 415],
    ['a form body', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
    ['a foreign Origin', { Origin: 'http://evil.example' }, 403],
    ['another local port', { Origin: `http://127.0.0.1:${1}` }, 403],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }, 403],
    ['a rebinding Host', { Host: 'evil.example:80' }, 421],
    ['Host without our port', { Host: '127.0.0.1' }, 421],
  ])('refuses %s and writes nothing', async (_name, headers, status) => {
    const before = rows()
    const answer = await call('auth.setup', { ...ADMIN, setupCode: setupCode.code }, headers)
    expect(answer.status).toBe(status)
    expect(answer.json.ok).toBe(false)
    expect(rows()).toBe(before)
  })

  it('needs the console setup code once, then refuses it', async () => {
    const before = rows()
    const missing = await call('auth.setup', ADMIN)
    expect(missing.status).toBe(403)
    expect(missing.json.error?.message.zh).toBe('请输入主机控制台显示的初始化码')
    expect((await call('auth.setup', { ...ADMIN, setupCode: '0000-000' })).status).toBe(403)
    expect(rows()).toBe(before)
    const ok = await call(
      'auth.setup',
      { ...ADMIN, setupCode: setupCode.code },
      { Origin: `http://${own}`, 'Sec-Fetch-Site': 'same-origin' },
    )
    expect(ok.status).toBe(200)
    const again = await call('auth.setup', { ...ADMIN, username: 'admin2', setupCode: setupCode.code })
    expect(again.status).toBe(403)
  })

  it('still answers same-origin JSON calls (charset allowed, localhost Host)', async () => {
    const login = await call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      {
        'Content-Type': 'application/json; charset=utf-8',
        Host: `localhost:${port}`,
        Origin: `http://localhost:${port}`,
      },
    )
    expect(login.status).toBe(200)
  })
})
