/**
 * Shape checks for what arrives over IPC. The router validates each method's input against its schema;
 * these only make sure the transport hands it plain JSON data, never class instances, huge nesting, a
 * fan-out of shared references, or keys that reach for an object's prototype.
 */
import { PAPER_SIZES, type PaperSize, type PrintRequest } from '../shared/bridge'

const MAX_DEPTH = 32
/** Values visited in one message. Structured clone keeps shared references, so without a budget a
 *  32-deep chain of [a, a] pairs is 2^32 visits from a few hundred bytes. */
const MAX_NODES = 1_000_000
/** Characters in all strings and keys together: above the largest input (a 30 MB base64 import). */
const MAX_CHARS = 32_000_000
const MAX_TOKEN = 512
const MAX_METHOD = 100
/** Session tokens are base64url (electron/core/auth/sessions.ts). */
const TOKEN = /^[A-Za-z0-9_-]+$/
/** "auth.login", "items.create": letters, digits, '.' and '_' only. */
const METHOD = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/
/** "/print/<kind>/<id>…": letters, digits, '-', '_' and '/' only, so it cannot smuggle '?', '#' or '..'. */
const PRINT_ROUTE = /^\/print\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/
const MAX_ROUTE = 200
/** Keys that name or reach an object's prototype; no input has them, and a later Object.assign or
 *  merge could turn them into prototype pollution. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

interface Budget {
  nodes: number
  chars: number
}

function check(value: unknown, depth: number, budget: Budget): boolean {
  if (depth > MAX_DEPTH || ++budget.nodes > MAX_NODES) return false
  if (value === null || typeof value === 'boolean') return true
  if (typeof value === 'string') return (budget.chars += value.length) <= MAX_CHARS
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object') return false // undefined, bigint, symbol, function
  if (Array.isArray(value)) {
    // A hole is not JSON (JSON has no "missing" element); a huge sparse length fails at its first hole.
    for (let i = 0; i < value.length; i++) if (!(i in value) || !check(value[i], depth + 1, budget)) return false
    return true
  }
  if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || (budget.chars += key.length) > MAX_CHARS) return false
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (!descriptor || !('value' in descriptor)) return false // an accessor is code, not data
    if (!check(descriptor.value, depth + 1, budget)) return false
  }
  return true
}

/** Plain JSON values: null, booleans, finite numbers, strings, dense arrays and plain objects, within
 *  the depth, size and key limits above. */
export function isJsonValue(value: unknown): boolean {
  return check(value, 0, { nodes: 0, chars: 0 })
}

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TOKEN && TOKEN.test(value)
}

export function isMethod(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_METHOD && METHOD.test(value)
}

function isPaper(value: unknown): value is PaperSize {
  return typeof value === 'string' && (PAPER_SIZES as readonly string[]).includes(value)
}

/** A checked copy of a print request, or a message saying what is wrong with it. */
export function parsePrintRequest(value: unknown): PrintRequest | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainObject(value)) {
    return 'request must be an object'
  }
  const own = (key: string): unknown =>
    Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  const [route, mode, paper, landscape, token] = ['route', 'mode', 'paper', 'landscape', 'token'].map(own)
  if (typeof route !== 'string' || route.length > MAX_ROUTE || !PRINT_ROUTE.test(route)) return 'invalid route'
  if (mode !== 'dialog' && mode !== 'pdf') return 'invalid mode'
  if (!isPaper(paper)) return 'invalid paper'
  if (landscape !== undefined && typeof landscape !== 'boolean') return 'invalid landscape'
  if (!isToken(token)) return 'invalid token'
  return { route, mode, paper, landscape: landscape ?? false, token }
}
