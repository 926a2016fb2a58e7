/**
 * Shape checks for what arrives over IPC. The router validates each method's input against its schema;
 * these only make sure the transport hands it plain JSON data, never class instances or huge nesting.
 */
import { PAPER_SIZES, type PaperSize, type PrintRequest } from '../shared/bridge'

const MAX_DEPTH = 32
const MAX_TOKEN = 512
const MAX_METHOD = 100
/** "/print/<kind>/<id>…": letters, digits, '-', '_' and '/' only, so it cannot smuggle '?', '#' or '..'. */
const PRINT_ROUTE = /^\/print\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Plain JSON values: null, booleans, finite numbers, strings, arrays and plain objects. */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object') return false
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1))
  if (!isPlainObject(value)) return false
  return Object.values(value).every((item) => isJsonValue(item, depth + 1))
}

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOKEN
}

export function isMethod(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_METHOD
}

function isPaper(value: unknown): value is PaperSize {
  return typeof value === 'string' && (PAPER_SIZES as readonly string[]).includes(value)
}

/** A checked copy of a print request, or a message saying what is wrong with it. */
export function parsePrintRequest(value: unknown): PrintRequest | string {
  if (typeof value !== 'object' || value === null || !isPlainObject(value)) return 'request must be an object'
  const { route, mode, paper, landscape, token } = value as Record<string, unknown>
  if (typeof route !== 'string' || route.length > 200 || !PRINT_ROUTE.test(route)) return 'invalid route'
  if (mode !== 'dialog' && mode !== 'pdf') return 'invalid mode'
  if (!isPaper(paper)) return 'invalid paper'
  if (landscape !== undefined && typeof landscape !== 'boolean') return 'invalid landscape'
  if (!isToken(token)) return 'invalid token'
  return { route, mode, paper, landscape: landscape ?? false, token }
}
