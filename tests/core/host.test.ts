import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHost } from '../../electron/host/server'
import { createSetupCode } from '../../electron/host/setup-code'
import { resolveDataDir } from '../../electron/core/data-dir'
import { ADMIN_PASSWORD, makeApp } from './helpers'

const app = makeApp()
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-static-'))
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>WareDesk</title>')
fs.writeFileSync(path.join(os.tmpdir(), 'waredesk-secret.txt'), 'secret')
const server = createHost({ router: app.router, version: '9.9.9', staticDir, setupCode: createSetupCode('1111-2222') })
let base = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.close()
  fs.rmSync(staticDir, { recursive: true, force: true })
})

const post = (method: string, body: unknown, token?: string) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('HTTP host', () => {
  it('reports health and version', async () => {
    const response = await fetch(`${base}/api/health`)
    expect(await response.json()).toEqual({ ok: true, version: '9.9.9' })
  })

  it('runs the router with bearer tokens and maps error codes to HTTP statuses', async () => {
    const setup = await post('auth.setup', {
      username: 'admin',
      displayName: '管理员',
      password: ADMIN_PASSWORD,
      setupCode: '1111-2222',
    })
    expect(setup.status).toBe(200)
    const { data } = (await setup.json()) as { data: { token: string } }
    const me = await post('auth.me', {}, data.token)
    expect(await me.json()).toMatchObject({ ok: true, data: { username: 'admin' } })
    expect((await post('auth.me', {})).status).toBe(401)
    expect((await post('items.create', { code: '' }, data.token)).status).toBe(400)
    expect((await post('nope.nothing', {}, data.token)).status).toBe(404)
    const malformed = await post('auth.me', '{not json', data.token)
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect((await fetch(`${base}/api/auth.me`)).status).toBe(405)
  })

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const index = await fetch(`${base}/`)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await index.text()).toContain('WareDesk')
    expect((await fetch(`${base}/..%2fwaredesk-secret.txt`)).status).toBe(400)
    // fetch resolves `%2e%2e` itself; host-limits.test.ts sends such paths raw.
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404)
  })

  it('refuses requests whose Host header is not this machine (DNS rebinding)', async () => {
    const { port } = server.address() as AddressInfo
    const response = await new Promise<number>((resolve) => {
      import('node:http').then(({ request }) =>
        request({ host: '127.0.0.1', port, path: '/api/health', headers: { Host: 'evil.example' } }, (r) =>
          resolve(r.statusCode ?? 0),
        ).end(),
      )
    })
    expect(response).toBe(421)
  })
})

describe('data folder', () => {
  it('prefers --data-dir, then WAREDESK_DATA_DIR, then the per-user folder', () => {
    expect(resolveDataDir('/srv/wd', { WAREDESK_DATA_DIR: '/env/wd' })).toBe(path.resolve('/srv/wd'))
    expect(resolveDataDir(undefined, { WAREDESK_DATA_DIR: '/env/wd' })).toBe(path.resolve('/env/wd'))
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/home/u/.config' })).toBe(
      path.resolve('/home/u/.config/WareDesk'),
    )
  })
})
