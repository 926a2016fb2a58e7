/**
 * Session- and webContents-wide guards from Electron's security checklist. They are attached to every
 * webContents (app.on('web-contents-created')), so print and preview windows get them too.
 */
import type { Session, WebContents } from 'electron'
import { isAppUrl, isPrintUrl } from './app-url'
import { secureWebPreferences } from './web-preferences'

/**
 * The renderer's Content-Security-Policy. Naive UI injects <style> tags and style attributes at run time,
 * hence 'unsafe-inline' for styles only; scripts stay 'self'. 'self' also covers Vite's HMR websocket.
 * The same policy is in src/index.html as a meta tag, because file:// responses carry no headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Scanners are keyboard wedges: the app needs no camera, microphone, location or device access. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

export function hardenSession(session: Session): void {
  // Applies to http(s) responses, i.e. the dev server; the built app relies on the meta tag.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders }
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name]
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
    callback({ responseHeaders: headers })
  })
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL()))
  })
  session.setPermissionCheckHandler((contents, permission) => {
    return ALLOWED_PERMISSIONS.has(permission) && contents !== null && isAppUrl(contents.getURL())
  })
  session.setDevicePermissionHandler(() => false)
}

export function hardenContents(contents: WebContents): void {
  // The hash router never triggers will-navigate; anything that does is leaving the app.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isPrintUrl(url)) {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          width: 900,
          height: 1000,
          autoHideMenuBar: true,
          webPreferences: secureWebPreferences(),
        },
      }
    }
    // Everything else is denied, web links included: the app has no external links, and handing
    // renderer-chosen URLs to the OS (shell.openExternal) is a risk without a use.
    return { action: 'deny' }
  })
}
