/**
 * The HTTP host: the built renderer plus the same router over HTTP. Plain node:http on purpose —
 * the host needs JSON POST and static files only, so a framework would add surface, not safety.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { CallResult } from '../shared/bridge'
import { CSP_HEADER } from '../shared/csp'
import type { ErrorCode } from '../shared/errors'
import type { Router } from '../core/router'

export interface HostOptions {
  router: Router
  version: string
  /** The built renderer (out/renderer); without it only /api is served. */
  staticDir?: string
  /** Extra Host header names accepted besides localhost / 127.0.0.1 (for the later LAN mode). */
  allowedHosts?: string[]
}

const MAX_BODY = 20 * 1024 * 1024
const STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  INSUFFICIENT_STOCK: 409,
  INTERNAL: 500,
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
}
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CSP_HEADER,
}

export function createHost(options: HostOptions): http.Server {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', ...(options.allowedHosts ?? [])])
  return http.createServer((request, response) => {
    // Refusing unknown Host headers stops DNS-rebinding pages from reaching a loopback host.
    const hostName = (request.headers.host ?? '').replace(/:\d+$/, '')
    if (!hosts.has(hostName)) return send(response, 421, 'text/plain', 'Misdirected request')
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/api/health' && request.method === 'GET') {
      return sendJson(response, 200, { ok: true, version: options.version })
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: 'POST only' })
      return void handleCall(options.router, url.pathname.slice(5), request, response)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only')
    serveStatic(options.staticDir, url.pathname, response)
  })
}

async function handleCall(
  router: Router,
  method: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const auth = request.headers.authorization ?? ''
  const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() || null : null
  let input: unknown
  try {
    const body = await readBody(request)
    input = body.length ? JSON.parse(body) : {}
  } catch {
    const result: CallResult = {
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: { zh: '请求格式错误（需要 JSON）', en: 'Malformed request: JSON expected' },
      },
    }
    return sendJson(response, 400, result)
  }
  const result = await router.call(token, method, input)
  sendJson(response, result.ok ? 200 : STATUS[result.error.code], result)
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('body too large'))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function serveStatic(root: string | undefined, pathname: string, response: http.ServerResponse): void {
  if (!root) return send(response, 404, 'text/plain', 'Not found')
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return send(response, 400, 'text/plain', 'Bad path')
  }
  const base = path.resolve(root)
  const file = path.resolve(base, '.' + (relative === '/' ? '/index.html' : relative))
  if (!file.startsWith(base + path.sep)) return send(response, 404, 'text/plain', 'Not found')
  fs.readFile(file, (error, data) => {
    if (error) return send(response, 404, 'text/plain', 'Not found')
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    // Hashed assets never change; index.html must always be fresh.
    const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache })
    response.end(data)
  })
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' })
  response.end(body)
}
