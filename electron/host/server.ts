/**
 * The HTTP host: the built renderer plus the same router over HTTP. Plain node:http on purpose —
 * the host needs JSON POST and static files only, so a framework would add surface, not safety.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import type { CallResult } from '../shared/bridge'
import { CSP_HEADER } from '../shared/csp'
import type { ErrorCode } from '../shared/errors'
import type { Router } from '../core/router'
import { readBody } from './body'
import { hostLimits, type HostLimits } from './limits'
import { checkApiRequest, ownHosts } from './origin'
import type { SetupCode } from './setup-code'
import { staticPath } from './static-path'

export interface HostOptions {
  router: Router
  version: string
  /** The built renderer (out/renderer); without it only /api is served. */
  staticDir?: string
  /** Extra Host header names accepted besides localhost / 127.0.0.1 (for the later LAN mode). */
  allowedHosts?: string[]
  /** Size and time limits (electron/host/limits.ts); tests pass short timeouts. */
  limits?: Partial<HostLimits>
  /**
   * While no user exists: the code `auth.setup` over HTTP must carry (electron/host/setup-code.ts).
   * Without one, setup over HTTP is refused.
   */
  setupCode?: SetupCode
  /** Where a failed request is reported (default: console.error). */
  log?: (message: string, error?: unknown) => void
}

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
  const limits = hostLimits(options.limits)
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''))
  const context: Context = { options, limits, hosts }
  const server = http.createServer(
    // node:http checks its header and request timeouts on this interval (30 s by default).
    { connectionsCheckingInterval: Math.max(50, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4) },
    (request, response) => {
      responses.set(request.socket, response)
      // No exception in a request ever ends the host: it is logged and answered with 500.
      handle(context, request, response).catch((error: unknown) => {
        log(`请求失败 / request failed: ${JSON.stringify(`${request.method} ${request.url}`)}`, error)
        try {
          if (response.headersSent) response.destroy()
          else if (isApi(request.url)) sendJson(response, 500, internalError())
          else send(response, 500, 'text/plain', 'Internal error')
        } catch {
          response.destroy()
        }
      })
    },
  )
  server.headersTimeout = limits.headersTimeoutMs
  server.requestTimeout = limits.requestTimeoutMs
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => clientError(error, socket))
  return server
}

/** The response in progress on each connection, so a late client error does not write over it. */
const responses = new WeakMap<Duplex, http.ServerResponse>()

interface Context {
  options: HostOptions
  limits: HostLimits
  hosts: Set<string>
}

async function handle(context: Context, request: http.IncomingMessage, response: http.ServerResponse) {
  // Refusing unknown Host headers stops DNS-rebinding pages from reaching a loopback host.
  const hostName = (request.headers.host ?? '').replace(/:\d+$/, '')
  if (!context.hosts.has(hostName)) {
    if (!isApi(request.url)) return send(response, 421, 'text/plain', 'Misdirected request')
    const refusal = checkApiRequest(request, new Set())
    return refuse(context.limits, request, response, refusal?.status ?? 421, refusal?.body ?? internalError())
  }
  // The raw path, never normalised: `/%2e%2e/` must be refused, not quietly resolved.
  const pathname = (request.url ?? '').split(/[?#]/, 1)[0] ?? ''
  if (!pathname.startsWith('/')) return send(response, 400, 'text/plain', 'Bad path')
  if (pathname === '/api/health' && request.method === 'GET') {
    return sendJson(response, 200, { ok: true, version: context.options.version })
  }
  if (pathname.startsWith('/api/')) {
    if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: 'POST only' })
    const refusal = checkApiRequest(request, ownHosts(context.hosts, request.socket.localPort ?? 0))
    if (refusal) return refuse(context.limits, request, response, refusal.status, refusal.body)
    return handleCall(context, pathname.slice(5), request, response)
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only')
  await serveStatic(context.options.staticDir, pathname, response)
}

const isApi = (url: string | undefined) => (url ?? '').startsWith('/api/')

async function handleCall(
  context: Context,
  method: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const auth = request.headers.authorization ?? ''
  const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() || null : null
  const body = await readBody(request, context.limits)
  if (!body.ok) return refuse(context.limits, request, response, body.status, REFUSALS[body.status])
  let input: unknown
  try {
    input = body.text.length ? JSON.parse(body.text) : {}
  } catch {
    return sendJson(response, 400, badInput('请求格式错误（需要 JSON）', 'Malformed request: JSON expected'))
  }
  if (method === 'auth.setup') return handleSetup(context, input, response)
  const result = await context.options.router.call(token, method, input)
  sendJson(response, result.ok ? 200 : STATUS[result.error.code], result)
}

/** First-run setup over HTTP needs the console's one-time code; the core never sees the code. */
async function handleSetup(context: Context, input: unknown, response: http.ServerResponse) {
  const { setupCode, router } = context.options
  const fields = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input } : {}
  const given = 'setupCode' in fields ? fields.setupCode : undefined
  delete (fields as { setupCode?: unknown }).setupCode
  if (!setupCode?.matches(given)) {
    return sendJson(response, 403, {
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: {
          zh: '请输入主机控制台显示的初始化码',
          en: 'Enter the setup code shown on the host console',
        },
      },
    } satisfies CallResult)
  }
  const result = await router.call(null, 'auth.setup', fields)
  if (result.ok) setupCode.consume()
  sendJson(response, result.ok ? 200 : STATUS[result.error.code], result)
}

const REFUSALS = {
  400: badInput('请求无法读取', 'The request could not be read'),
  408: badInput('请求超时', 'Request timed out'),
  413: badInput('请求过大', 'Request body too large'),
} as const

/**
 * Answers a refused request. A 408 or 400 closes the connection at once. Any other keeps discarding what the client
 * still sends for a short while, so it reads the answer instead of a reset, then closes.
 */
function refuse(
  limits: HostLimits,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  body: CallResult,
) {
  if (response.headersSent || request.socket.destroyed) return
  const close = status === 400 || status === 408
  if (close) response.setHeader('Connection', 'close')
  sendJson(response, status, body)
  if (close || request.complete) return
  const linger = setTimeout(() => request.socket.destroy(), limits.lingerMs)
  request.on('end', () => clearTimeout(linger))
  request.on('close', () => clearTimeout(linger))
  request.resume()
}

function badInput(zh: string, en: string): CallResult {
  return { ok: false, error: { code: 'BAD_INPUT', message: { zh, en } } }
}

function internalError(): CallResult {
  return { ok: false, error: { code: 'INTERNAL', message: { zh: '服务器内部错误', en: 'Internal server error' } } }
}

const CLIENT_ERRORS: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
}

/** A request node:http could not parse or finish: answered when nothing was sent yet, then closed. */
function clientError(error: NodeJS.ErrnoException, socket: Duplex) {
  const pending = responses.get(socket)
  if (socket.writable && error.code !== 'ECONNRESET' && !pending?.headersSent) {
    const status = CLIENT_ERRORS[error.code ?? ''] ?? '400 Bad Request'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy())
  } else socket.destroy()
}

async function serveStatic(root: string | undefined, pathname: string, response: http.ServerResponse) {
  if (!root) return send(response, 404, 'text/plain', 'Not found')
  const resolved = staticPath(root, pathname)
  if (!resolved.ok)
    return send(response, resolved.status, 'text/plain', resolved.status === 400 ? 'Bad path' : 'Not found')
  const { file } = resolved
  let data: Buffer
  try {
    data = await fs.promises.readFile(file)
  } catch {
    return send(response, 404, 'text/plain', 'Not found')
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  // Hashed assets never change; index.html must always be fresh.
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache })
  response.end(data)
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' })
  response.end(body)
}
