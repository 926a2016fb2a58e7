/**
 * Session- and webContents-wide guards from Electron's security checklist. They are attached to every
 * webContents (app.on('web-contents-created')), so print and preview windows get them too. Electron is
 * imported for types only: the decisions are in app-location.ts, and tests/main drives these handlers
 * with stand-in objects.
 */
import type { Session, WebContents } from 'electron'
import { CSP_HEADER } from '../shared/csp'
import { isAppUrl, isPermissionAllowed, isPrintUrl, type AppLocation } from './app-location'
import { secureWebPreferences } from './web-preferences'

/** Response headers with any Content-Security-Policy the server sent replaced by ours. */
export function withCspHeader(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [CSP_HEADER]
  return result
}

export function hardenSession(session: Session, location: AppLocation): void {
  // Applies to responses that have headers (the dev server); file:// pages get the same policy from
  // the meta tag that electron.vite.config.ts writes into index.html.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) })
  })
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(location, permission, contents.getURL()))
  })
  session.setPermissionCheckHandler((contents, permission) => {
    return contents !== null && isPermissionAllowed(location, permission, contents.getURL())
  })
  session.setDevicePermissionHandler(() => false)
}

export function hardenContents(contents: WebContents, location: AppLocation): void {
  // The hash router never starts a navigation; anything that does, in any frame, is leaving the app.
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(location, details.url)) details.preventDefault()
  })
  contents.on('will-redirect', (details) => {
    if (!isAppUrl(location, details.url)) details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isPrintUrl(location, url)) {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          width: 900,
          height: 1000,
          autoHideMenuBar: true,
          webPreferences: secureWebPreferences(location),
        },
      }
    }
    // Everything else is denied, web links included: the app has no external links, and handing
    // renderer-chosen URLs to the OS (shell.openExternal) is a risk without a use.
    return { action: 'deny' }
  })
}
