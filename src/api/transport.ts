import type { CallResult } from '@shared/bridge'
import { isApiErrorBody } from '@shared/errors'

/** Sends one call and returns the raw CallResult; never interprets it. */
export type Transport = (token: string | null, method: string, input: unknown) => Promise<CallResult>

/** Desktop: the preload bridge, which forwards to the core's router over IPC. */
export function desktopTransport(bridge: NonNullable<Window['waredesk']>): Transport {
  return (token, method, input) => bridge.call(token, method, input)
}

function isCallResult(value: unknown): value is CallResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'data' in value
  return value.ok === false && 'error' in value && isApiErrorBody(value.error)
}

/** Browser: POST /api/<method>; the body is a CallResult whatever the HTTP status. */
export function httpTransport(fetcher: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (token, method, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = 'Bearer ' + token
    const response = await fetcher('/api/' + method, { method: 'POST', headers, body: JSON.stringify(input ?? {}) })
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      // A proxy error page or an empty body: reported below as a transport failure.
    }
    if (isCallResult(body)) return body
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: {
          zh: `服务器返回了无法识别的响应（HTTP ${response.status}）`,
          en: `The server sent an unexpected response (HTTP ${response.status})`,
        },
      },
    }
  }
}

export function defaultTransport(): Transport {
  return window.waredesk ? desktopTransport(window.waredesk) : httpTransport()
}
