/**
 * Which URLs are "our app", decided on plain values (the app folder, the packaged flag, the dev-server
 * variable, the platform), so every rule here runs under Node in tests/main. Every security decision in
 * main (IPC sender, navigation, window.open, permissions) asks this one module; app-url.ts only reads
 * the values from Electron.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface AppLocation {
  /** app.getAppPath(): the folder (or app.asar) that holds out/. */
  appPath: string
  /** electron-vite's dev server while running `electron-vite dev`, else null. */
  devServer: URL | null
  platform: NodeJS.Platform
}

export interface LocationInput {
  appPath: string
  packaged: boolean
  /** process.env.ELECTRON_RENDERER_URL */
  devServerUrl?: string
  platform: NodeJS.Platform
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/**
 * A packaged app ignores the dev-server variable, so an environment variable can never point an
 * installed app at another site; unpackaged, only an http(s) server on this machine is taken.
 */
export function appLocation(input: LocationInput): AppLocation {
  const dev = input.packaged || !input.devServerUrl ? null : parse(input.devServerUrl)
  const devServer =
    dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && LOOPBACK.has(dev.hostname) ? dev : null
  return { appPath: input.appPath, devServer, platform: input.platform }
}

const pathsOf = (location: AppLocation) => (location.platform === 'win32' ? path.win32 : path.posix)
const windows = (location: AppLocation) => location.platform === 'win32'

/** The built renderer entry; electron-vite writes it to out/renderer. */
export function rendererIndexFile(location: AppLocation): string {
  return pathsOf(location).join(location.appPath, 'out', 'renderer', 'index.html')
}

/** The sandboxed preload (CommonJS, hence .cjs under "type": "module"). */
export function preloadFile(location: AppLocation): string {
  return pathsOf(location).join(location.appPath, 'out', 'preload', 'index.cjs')
}

/** The app's entry URL with a hash route, e.g. appUrl(location, '/print/stock-in/12?token=…'). */
export function appUrl(location: AppLocation, hashRoute = '/'): string {
  const url = location.devServer
    ? new URL(location.devServer.href)
    : pathToFileURL(rendererIndexFile(location), { windows: windows(location) })
  url.hash = hashRoute
  return url.toString()
}

/** Same file path, ignoring case on Windows, where C:\ and c:\ are one drive. */
function samePath(location: AppLocation, a: string, b: string): boolean {
  const paths = pathsOf(location)
  const left = paths.resolve(a)
  const right = paths.resolve(b)
  return windows(location) ? left.toLowerCase() === right.toLowerCase() : left === right
}

/** True for the renderer document itself (any hash route), false for every other URL. */
export function isAppUrl(location: AppLocation, raw: string): boolean {
  const url = parse(raw)
  if (!url) return false
  if (location.devServer) return url.protocol === location.devServer.protocol && url.host === location.devServer.host
  // A host is a network share (file://server/share/…), never our install folder.
  if (url.protocol !== 'file:' || url.host !== '') return false
  try {
    return samePath(location, fileURLToPath(url, { windows: windows(location) }), rendererIndexFile(location))
  } catch {
    return false // e.g. an encoded '/' or '\' in the path
  }
}

/** Our own print-preview route, the only thing `window.open` may open. */
export function isPrintUrl(location: AppLocation, raw: string): boolean {
  return isAppUrl(location, raw) && (parse(raw)?.hash.startsWith('#/print/') ?? false)
}

/** What an IPC sender's frame looks like to the check (WebFrameMain has these). */
export interface FrameLike {
  readonly detached: boolean
  readonly parent: unknown
  readonly url: string
}

/**
 * A trusted sender is a live top-level frame showing the app. A frame that navigated away or was
 * destroyed mid-call is not trusted; touching a destroyed frame throws, which is a "no" too.
 */
export function isTrustedFrame(location: AppLocation, frame: FrameLike | null): boolean {
  try {
    return frame !== null && !frame.detached && frame.parent === null && isAppUrl(location, frame.url)
  } catch {
    return false
  }
}

/** Scanners are keyboard wedges: the app needs no camera, microphone, location or device access. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

/** A permission is granted only from the app's own page, and only the ones it uses. */
export function isPermissionAllowed(location: AppLocation, permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(location, requestingUrl)
}
