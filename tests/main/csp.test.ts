/**
 * One Content-Security-Policy (electron/shared/csp.ts) reaches the page three ways: the HTTP host's
 * header, the desktop session's header (tests/main/security.test.ts) and index.html's meta tag.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../electron/core/app'
import { createHost } from '../../electron/host/server'
import { CSP_HEADER, CSP_META, CSP_PLACEHOLDER, contentSecurityPolicy, injectCsp } from '../../electron/shared/csp'

const root = path.resolve(import.meta.dirname, '../..')
const sourceHtml = fs.readFileSync(path.join(root, 'src', 'index.html'), 'utf8')
const builtHtml = path.join(root, 'out', 'renderer', 'index.html')
const metaOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]

describe('the policy', () => {
  it('keeps scripts to the app, objects, bases, forms and framing off', () => {
    const directives = new Map(CSP_HEADER.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]))
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(CSP_HEADER).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
  })

  it('is the same in the meta tag except the header-only frame-ancestors', () => {
    expect(contentSecurityPolicy('header')).toBe(CSP_HEADER)
    expect(CSP_META).toBe(CSP_HEADER.replace("; frame-ancestors 'none'", ''))
  })
})

describe('index.html', () => {
  it('has the placeholder once in src, and the build plugin writes the policy in its place', () => {
    expect(sourceHtml.split(CSP_PLACEHOLDER)).toHaveLength(2)
    const html = injectCsp(sourceHtml)
    expect(metaOf(html)).toBe(CSP_META)
    expect(html).not.toContain(CSP_PLACEHOLDER)
  })

  it('refuses to build a page without exactly one placeholder', () => {
    expect(() => injectCsp('<html><head></head></html>')).toThrow(CSP_PLACEHOLDER)
    expect(() => injectCsp(`${CSP_PLACEHOLDER}${CSP_PLACEHOLDER}`)).toThrow(CSP_PLACEHOLDER)
  })

  it('is written nowhere else: no other file of the app spells out a policy', () => {
    const hits: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(file)
        else if (/\.(ts|vue|html)$/.test(entry.name) && fs.readFileSync(file, 'utf8').includes('default-src')) {
          hits.push(path.relative(root, file))
        }
      }
    }
    for (const dir of ['electron', 'src']) walk(path.join(root, dir))
    expect(hits).toEqual([path.join('electron', 'shared', 'csp.ts')])
  })

  // `npm test` builds first, so this runs there; alone it needs `npx electron-vite build`.
  it.skipIf(!fs.existsSync(builtHtml))('carries the policy in the built renderer (out/renderer)', () => {
    const html = fs.readFileSync(builtHtml, 'utf8')
    expect(metaOf(html)).toBe(CSP_META)
    expect(html).not.toContain(CSP_PLACEHOLDER)
  })
})

describe('the HTTP host', () => {
  const app = createApp({ file: ':memory:', version: '9.9.9', log: () => {} })
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-csp-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), injectCsp(sourceHtml))
  const server = createHost({ router: app.router, version: '9.9.9', staticDir })
  let base = ''

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
    app.close()
    fs.rmSync(staticDir, { recursive: true, force: true })
  })

  it('sends exactly the one policy on pages, API answers and errors, and the page agrees with it', async () => {
    const page = await fetch(`${base}/`)
    expect(page.headers.get('content-security-policy')).toBe(CSP_HEADER)
    expect(metaOf(await page.text())).toBe(CSP_META)
    for (const response of [await fetch(`${base}/api/health`), await fetch(`${base}/missing.js`)]) {
      expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER)
    }
  })
})
