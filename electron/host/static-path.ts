/**
 * Maps a request path onto a file inside the built renderer folder, or refuses it. The raw path is
 * checked before and after decoding: no encoded separators, no backslashes, no control bytes (NUL
 * included), no `.` or `..` segments; then the resolved file must lie inside the folder.
 */
import path from 'node:path'

export type StaticPath = { ok: true; file: string } | { ok: false; status: 400 | 404 }

const ENCODED_SEPARATOR = /%(2f|5c)/i
const CONTROL = /[\u0000-\u001f\u007f]/

export function staticPath(root: string, rawPath: string): StaticPath {
  if (!rawPath.startsWith('/') || ENCODED_SEPARATOR.test(rawPath) || rawPath.includes('\\')) {
    return { ok: false, status: 400 }
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return { ok: false, status: 400 }
  }
  if (CONTROL.test(decoded) || decoded.includes('\\')) return { ok: false, status: 400 }
  const segments = decoded.split('/').slice(1)
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, status: 400 }
  const base = path.resolve(root)
  const file = path.resolve(base, ...(decoded === '/' ? ['index.html'] : segments))
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 404 }
  return { ok: true, file }
}
