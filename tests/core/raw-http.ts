/**
 * Raw HTTP over node:net for the host tests: sends exact bytes (malformed, truncated, oversized
 * declarations) and reports what came back and whether the host closed the connection.
 */
import net from 'node:net'

export interface RawAnswer {
  /** The status code of the first response, or 0 when none came. */
  status: number
  text: string
  /** The host closed the connection (cleanly or by reset) before `waitMs` ran out. */
  closed: boolean
  elapsedMs: number
}

/** Sends `bytes` (or each piece `gapMs` apart) and waits up to `waitMs` for the host to close. */
export function rawRequest(
  port: number,
  bytes: string | Buffer | Array<string | Buffer>,
  waitMs = 3_000,
  gapMs = 0,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now()
    const chunks: Buffer[] = []
    const socket = net.connect({ host: '127.0.0.1', port })
    const done = (closed: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)
      resolve({ status, text, closed, elapsedMs: Date.now() - started })
    }
    const timer = setTimeout(() => done(false), waitMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', () => done(true))
    socket.on('close', () => done(true))
    const pieces = Array.isArray(bytes) ? bytes : [bytes]
    pieces.forEach((piece, index) => {
      setTimeout(() => socket.writable && socket.write(piece), index * gapMs)
    })
  })
}
