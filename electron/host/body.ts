/**
 * Reads one request body within the host's limits: a declared Content-Length above the limit is
 * refused before a byte is read, the bytes are counted while they stream, and a body that pauses
 * longer than the idle timeout is abandoned.
 */
import type http from 'node:http'
import type { HostLimits } from './limits'

export type Body = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413 }

export function readBody(request: http.IncomingMessage, limits: HostLimits): Promise<Body> {
  const declared = request.headers['content-length']
  if (declared !== undefined && Number(declared) > limits.maxBodyBytes) {
    return Promise.resolve({ ok: false, status: 413 })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let idle: NodeJS.Timeout | undefined
    const finish = (body: Body) => {
      clearTimeout(idle)
      request.removeListener('data', onData)
      resolve(body)
    }
    const restartIdle = () => {
      clearTimeout(idle)
      idle = setTimeout(() => finish({ ok: false, status: 408 }), limits.bodyIdleTimeoutMs)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limits.maxBodyBytes) return finish({ ok: false, status: 413 })
      chunks.push(chunk)
      restartIdle()
    }
    restartIdle()
    request.on('data', onData)
    request.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    request.on('error', () => finish({ ok: false, status: 400 }))
    // Closed before its end (a node:http timeout or the client went away): nothing left to answer.
    request.on('close', () => finish({ ok: false, status: 400 }))
  })
}
