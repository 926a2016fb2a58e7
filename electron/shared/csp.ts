/**
 * The renderer's Content-Security-Policy, written once. It reaches the page three ways, all from here:
 * - the desktop app's session sets it as a response header (electron/main/security.ts) — for the dev
 *   server, the only renderer served with headers there;
 * - the HTTP host sends it on every response (electron/host/server.ts);
 * - index.html carries it as a meta tag, written in at build time by electron.vite.config.ts, because
 *   the installed app loads the renderer from file://, where no response has headers.
 *
 * Naive UI injects <style> tags and style attributes at run time, hence 'unsafe-inline' for styles only;
 * scripts stay 'self'. The dev server needs nothing more: Vite's client is an external module script,
 * its HMR websocket is same-origin (which 'self' covers for ws:), and SFC styles are <style> tags — so
 * dev and build get the same policy, and a CSP problem shows up in development, not first in a release.
 * (Checked in Chromium against the dev server: the page renders and HMR connects. The one report in the
 * console, dev and build alike, is zod probing `new Function('')` once; it catches the refusal and runs
 * without code generation, which is what we want.)
 */

/** Directive → sources, in the order they are written. */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

/** Browsers ignore these in a meta tag (and log an error for each), so the meta policy leaves them out. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

export type CspDelivery = 'header' | 'meta'

export function contentSecurityPolicy(delivery: CspDelivery): string {
  return DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ')
}

/** The policy as a response header (desktop session and HTTP host). */
export const CSP_HEADER = contentSecurityPolicy('header')
/** The same policy without the header-only directives, for index.html's meta tag. */
export const CSP_META = contentSecurityPolicy('meta')

/** Where src/index.html wants the policy: `<meta http-equiv="Content-Security-Policy" content="%WAREDESK_CSP%" />`. */
export const CSP_PLACEHOLDER = '%WAREDESK_CSP%'

/**
 * index.html with the meta policy in place of the placeholder. Throws when the placeholder is not there
 * exactly once, so a build can never ship a page without its policy.
 */
export function injectCsp(html: string): string {
  const parts = html.split(CSP_PLACEHOLDER)
  if (parts.length !== 2) throw new Error(`index.html must contain ${CSP_PLACEHOLDER} exactly once`)
  const attribute = CSP_META.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  return parts.join(attribute)
}
