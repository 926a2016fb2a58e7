/** Which URLs are the app: only its own renderer file (or dev server), for Windows and Linux installs. */
import { describe, expect, it } from 'vitest'
import {
  appLocation,
  appUrl,
  isAppUrl,
  isPermissionAllowed,
  isPrintUrl,
  isTrustedFrame,
  preloadFile,
  rendererIndexFile,
} from '../../electron/main/app-location'

const windows = appLocation({
  appPath: 'C:\\Program Files\\WareDesk\\resources\\app.asar',
  packaged: true,
  devServerUrl: 'http://localhost:5173/', // ignored: packaged
  platform: 'win32',
})
const linux = appLocation({ appPath: '/opt/WareDesk/resources/app.asar', packaged: true, platform: 'linux' })
const dev = appLocation({
  appPath: '/src/waredesk',
  packaged: false,
  devServerUrl: 'http://localhost:5173',
  platform: 'linux',
})

const WIN_INDEX = 'file:///C:/Program%20Files/WareDesk/resources/app.asar/out/renderer/index.html'
const LINUX_INDEX = 'file:///opt/WareDesk/resources/app.asar/out/renderer/index.html'

describe('the app location', () => {
  it('names the renderer and the preload inside the app, with the platform’s separators', () => {
    expect(rendererIndexFile(windows)).toBe(
      'C:\\Program Files\\WareDesk\\resources\\app.asar\\out\\renderer\\index.html',
    )
    expect(preloadFile(windows)).toBe('C:\\Program Files\\WareDesk\\resources\\app.asar\\out\\preload\\index.cjs')
    expect(rendererIndexFile(linux)).toBe('/opt/WareDesk/resources/app.asar/out/renderer/index.html')
  })

  it('builds the entry URL with a hash route', () => {
    expect(appUrl(windows)).toBe(`${WIN_INDEX}#/`)
    expect(appUrl(linux, '/print/order/7?token=abc')).toBe(`${LINUX_INDEX}#/print/order/7?token=abc`)
    expect(appUrl(dev, '/stock')).toBe('http://localhost:5173/#/stock')
  })

  it('ignores the dev-server variable when packaged, and takes only a loopback http(s) server', () => {
    expect(windows.devServer).toBeNull()
    expect(dev.devServer?.origin).toBe('http://localhost:5173')
    for (const devServerUrl of [
      'https://evil.example',
      'http://192.168.1.5:5173',
      'file:///tmp/x.html',
      'javascript:1',
      'nonsense',
    ]) {
      expect(
        appLocation({ appPath: '/a', packaged: false, devServerUrl, platform: 'linux' }).devServer,
        devServerUrl,
      ).toBeNull()
    }
    expect(
      appLocation({ appPath: '/a', packaged: false, devServerUrl: 'http://127.0.0.1:5173', platform: 'linux' })
        .devServer,
    ).not.toBeNull()
  })
})

describe('isAppUrl and isPrintUrl', () => {
  it.each([
    [WIN_INDEX, windows],
    [`${WIN_INDEX}#/stock/in/12`, windows],
    ['file:///c:/program%20files/waredesk/resources/app.asar/out/renderer/index.html#/', windows], // case-blind drive and folders
    ['file:///C:/Program%20Files/WareDesk/resources/app.asar/out/renderer/../renderer/index.html', windows],
    [`${LINUX_INDEX}#/`, linux],
    ['http://localhost:5173/#/home', dev],
  ])('allows the app itself: %s', (url, location) => {
    expect(isAppUrl(location, url)).toBe(true)
  })

  it.each([
    [
      'another file in the renderer folder',
      'file:///opt/WareDesk/resources/app.asar/out/renderer/assets/index.js',
      linux,
    ],
    ['a file outside the renderer folder', 'file:///etc/passwd', linux],
    ['the renderer folder itself', 'file:///opt/WareDesk/resources/app.asar/out/renderer/', linux],
    ['a case variant on Linux', 'file:///opt/waredesk/resources/app.asar/out/renderer/index.html', linux],
    ['a path that climbs out', 'file:///opt/WareDesk/resources/app.asar/out/renderer/../../x/index.html', linux],
    ['an encoded slash', 'file:///opt/WareDesk/resources/app.asar/out/renderer%2Findex.html', linux],
    [
      'a network share with the same path',
      'file://evil/C$/Program%20Files/WareDesk/resources/app.asar/out/renderer/index.html',
      windows,
    ],
    [
      'a file on another drive',
      'file:///D:/Program%20Files/WareDesk/resources/app.asar/out/renderer/index.html',
      windows,
    ],
    ['a web site', 'https://example.com/', linux],
    ['a web site with our path', 'https://example.com/opt/WareDesk/resources/app.asar/out/renderer/index.html', linux],
    ['javascript:', 'javascript:alert(1)', linux],
    ['data:', 'data:text/html,<script>alert(1)</script>', linux],
    ['blob:', 'blob:file:///0e8b9c1a', linux],
    ['about:blank', 'about:blank', linux],
    ['devtools:', 'devtools://devtools/bundled/inspector.html', linux],
    ['an empty string', '', linux],
    ['not a URL', 'index.html', linux],
    ['the dev server on another port', 'http://localhost:5174/', dev],
    ['the dev server over another scheme', 'https://localhost:5173/', dev],
    ['the built file while in dev', 'file:///src/waredesk/out/renderer/index.html', dev],
  ])('refuses %s', (_name, url, location) => {
    expect(isAppUrl(location, url)).toBe(false)
    expect(isPrintUrl(location, url)).toBe(false)
  })

  it('opens only the app’s own print routes', () => {
    expect(isPrintUrl(linux, `${LINUX_INDEX}#/print/stock-in/12`)).toBe(true)
    expect(isPrintUrl(dev, 'http://localhost:5173/#/print/order/3')).toBe(true)
    expect(isPrintUrl(linux, `${LINUX_INDEX}#/stock/in`)).toBe(false)
    expect(isPrintUrl(linux, `${LINUX_INDEX}#/printer`)).toBe(false)
    expect(isPrintUrl(linux, 'https://example.com/#/print/order/3')).toBe(false)
  })
})

describe('isTrustedFrame (IPC senders)', () => {
  const top = { detached: false, parent: null, url: `${LINUX_INDEX}#/` }

  it('trusts only a live top-level frame showing the app', () => {
    expect(isTrustedFrame(linux, top)).toBe(true)
    expect(isTrustedFrame(linux, null)).toBe(false)
    expect(isTrustedFrame(linux, { ...top, detached: true })).toBe(false)
    expect(isTrustedFrame(linux, { ...top, parent: top })).toBe(false) // a subframe, even of the app
    expect(isTrustedFrame(linux, { ...top, url: 'https://example.com/' })).toBe(false)
  })

  it('treats a frame that throws when touched (destroyed) as untrusted', () => {
    const destroyed = {
      detached: false,
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
    }
    expect(isTrustedFrame(linux, destroyed)).toBe(false)
  })
})

describe('isPermissionAllowed', () => {
  it.each([
    ['media', `${LINUX_INDEX}#/`, false],
    ['geolocation', `${LINUX_INDEX}#/`, false],
    ['notifications', `${LINUX_INDEX}#/`, false],
    ['clipboard-read', `${LINUX_INDEX}#/`, false],
    ['hid', `${LINUX_INDEX}#/`, false],
    ['openExternal', `${LINUX_INDEX}#/`, false],
    ['clipboard-sanitized-write', 'https://example.com/', false],
    ['clipboard-sanitized-write', `${LINUX_INDEX}#/`, true],
  ])('%s from %s → %s', (permission, url, allowed) => {
    expect(isPermissionAllowed(linux, permission, url)).toBe(allowed)
  })
})
