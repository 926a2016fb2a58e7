/**
 * Who may call /api: only the host's own pages and non-browser clients on this machine. A page from
 * another origin (another site, another local port, a DNS-rebinding name) is refused before its body
 * is read, so nothing it sends is ever written.
 */
import type http from 'node:http'
import type { CallResult } from '../shared/bridge'

export interface Refusal {
  status: number
  body: CallResult
}

function refusal(status: number, zh: string, en: string): Refusal {
  const code = status === 415 ? 'BAD_INPUT' : 'FORBIDDEN'
  return { status, body: { ok: false, error: { code, message: { zh, en } } } }
}

/** The Host values this host answers to: each allowed name with the port it actually listens on. */
export function ownHosts(names: Iterable<string>, port: number): Set<string> {
  return new Set([...names].map((name) => `${name}:${port}`))
}

/** A browser sends Sec-Fetch-Site; only these values mean the page is our own (or typed in by the user). */
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none'])

/** Checks an /api POST's Host, Origin, Sec-Fetch-Site and Content-Type; null when it may proceed. */
export function checkApiRequest(request: http.IncomingMessage, hosts: Set<string>): Refusal | null {
  const host = request.headers.host ?? ''
  if (!hosts.has(host)) return refusal(421, '请求的主机名不属于本机服务', 'Misdirected request: unknown Host')
  const site = request.headers['sec-fetch-site']
  if (site !== undefined && !TRUSTED_FETCH_SITES.has(site)) {
    return refusal(403, '拒绝来自其他网站的请求', 'Cross-site requests are refused')
  }
  const origin = request.headers.origin
  if (origin !== undefined && !isOwnOrigin(origin, hosts)) {
    return refusal(403, '拒绝来自其他来源的请求', 'Requests from another origin are refused')
  }
  if (!isJson(request.headers['content-type'])) {
    return refusal(415, '请求必须是 JSON（Content-Type: application/json）', 'Content-Type must be application/json')
  }
  return null
}

function isOwnOrigin(origin: string, hosts: Set<string>): boolean {
  // Our pages are served over plain http on loopback; "null" (sandboxed frames, files) is never ours.
  if (!origin.startsWith('http://')) return false
  return hosts.has(origin.slice('http://'.length))
}

function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false
  const [type, ...params] = contentType.split(';').map((part) => part.trim().toLowerCase())
  if (type !== 'application/json') return false
  return params.every((param) => param === '' || /^charset="?utf-8"?$/.test(param))
}
