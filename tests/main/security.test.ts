/**
 * The session and webContents guards, driven through the handlers they register on stand-ins for
 * Electron's Session and WebContents (Electron itself cannot run here; security.ts imports only its types).
 */
import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { CSP_HEADER } from '../../electron/shared/csp'
import { appLocation } from '../../electron/main/app-location'
import { hardenContents, hardenSession, withCspHeader } from '../../electron/main/security'
import { secureWebPreferences } from '../../electron/main/web-preferences'

const location = appLocation({ appPath: '/opt/WareDesk/resources/app.asar', packaged: true, platform: 'linux' })
const APP = 'file:///opt/WareDesk/resources/app.asar/out/renderer/index.html'

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny'; overrideBrowserWindowOptions?: unknown }

/** A WebContents stand-in: an EventEmitter that records the window-open handler. */
function fakeContents(url = `${APP}#/`) {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: OpenHandler }
  Object.assign(emitter, {
    getURL: () => url,
    setWindowOpenHandler: (handler: OpenHandler) => (emitter.openHandler = handler),
  })
  hardenContents(emitter as unknown as WebContents, location)
  return emitter
}

/** Emits a navigation-like event and says whether it was stopped. */
function stopped(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false
  contents.emit(event, { url, preventDefault: () => (prevented = true) })
  return prevented
}

const FOREIGN = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///opt/WareDesk/resources/app.asar/out/renderer/assets/x.html',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'about:blank',
]

describe('hardenContents', () => {
  it.each(['will-frame-navigate', 'will-redirect'])('%s: lets the app through and stops every other URL', (event) => {
    const contents = fakeContents()
    expect(stopped(contents, event, `${APP}#/stock`)).toBe(false)
    for (const url of FOREIGN) expect(stopped(contents, event, url), url).toBe(true)
  })

  it('refuses every webview attach', () => {
    const contents = fakeContents()
    expect(stopped(contents, 'will-attach-webview', `${APP}#/`)).toBe(true)
  })

  it('window.open: only a print route of the app, in a window with the same secure preferences', () => {
    const contents = fakeContents()
    const allowed = contents.openHandler?.({ url: `${APP}#/print/order/3` })
    expect(allowed).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: expect.objectContaining({ webPreferences: secureWebPreferences(location) }),
    })
    for (const url of [...FOREIGN, `${APP}#/stock`, `${APP}#/settings`]) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' })
    }
  })
})

describe('hardenSession', () => {
  type HeadersListener = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders: Record<string, string[]> }) => void,
  ) => void
  type RequestHandler = (
    contents: { getURL(): string },
    permission: string,
    callback: (granted: boolean) => void,
  ) => void
  type CheckHandler = (contents: { getURL(): string } | null, permission: string) => boolean

  function fakeSession() {
    const handlers: {
      headers?: HeadersListener
      request?: RequestHandler
      check?: CheckHandler
      device?: () => boolean
    } = {}
    const session = {
      webRequest: { onHeadersReceived: (listener: HeadersListener) => (handlers.headers = listener) },
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
    }
    hardenSession(session as unknown as Session, location)
    return handlers
  }

  it('replaces any CSP a response brings with the one policy, whatever its header case', () => {
    const handlers = fakeSession()
    let result: Record<string, string[]> = {}
    handlers.headers?.(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'CONTENT-SECURITY-POLICY': ['x'],
          'X-A': ['1'],
        },
      },
      (response) => (result = response.responseHeaders),
    )
    expect(result).toEqual({ 'X-A': ['1'], 'Content-Security-Policy': [CSP_HEADER] })
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CSP_HEADER] })
  })

  it('refuses permission requests and checks except the clipboard write from the app itself', () => {
    const handlers = fakeSession()
    const ask = (url: string, permission: string) => {
      let granted: boolean | undefined
      handlers.request?.({ getURL: () => url }, permission, (answer) => (granted = answer))
      return granted
    }
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'pointerLock',
      'fullscreen',
      'openExternal',
    ]) {
      expect(ask(`${APP}#/`, permission), permission).toBe(false)
      expect(handlers.check?.({ getURL: () => `${APP}#/` }, permission), permission).toBe(false)
    }
    expect(ask(`${APP}#/`, 'clipboard-sanitized-write')).toBe(true)
    expect(ask('https://example.com/', 'clipboard-sanitized-write')).toBe(false)
    expect(handlers.check?.(null, 'clipboard-sanitized-write')).toBe(false)
    expect(handlers.device?.()).toBe(false)
  })
})
