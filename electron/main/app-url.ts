/**
 * Which URLs are "our app". Every security decision in main (IPC sender, navigation, window.open,
 * permissions) asks this one module, so there is a single definition of the app's origin.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app } from 'electron'

/** The built renderer entry; electron-vite writes it to out/renderer. */
export function rendererIndexFile(): string {
  return path.join(app.getAppPath(), 'out', 'renderer', 'index.html')
}

/**
 * electron-vite's dev server, when running `electron-vite dev`. A packaged app ignores the variable,
 * so an environment variable can never point an installed app at another site.
 */
function devServerUrl(): URL | null {
  const raw = process.env.ELECTRON_RENDERER_URL
  if (app.isPackaged || !raw) return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** The app's entry URL with a hash route, e.g. appUrl('/print/stock-in/12?token=…'). */
export function appUrl(hashRoute = '/'): string {
  const url = devServerUrl() ?? pathToFileURL(rendererIndexFile())
  url.hash = hashRoute
  return url.toString()
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** Same file path, ignoring case on Windows, where C:\ and c:\ are one drive. */
function samePath(a: string, b: string): boolean {
  const left = path.resolve(a)
  const right = path.resolve(b)
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right
}

/** True for the renderer document itself (any hash route), false for every other URL. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw)
  if (!url) return false
  const dev = devServerUrl()
  if (dev) return url.origin === dev.origin
  if (url.protocol !== 'file:') return false
  try {
    return samePath(fileURLToPath(url), rendererIndexFile())
  } catch {
    return false
  }
}

/** Our own print-preview route, the only thing `window.open` may open. */
export function isPrintUrl(raw: string): boolean {
  return isAppUrl(raw) && (parse(raw)?.hash.startsWith('#/print/') ?? false)
}
