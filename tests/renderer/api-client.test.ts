import { describe, expect, it, vi } from 'vitest'
import type { CallResult } from '@shared/bridge'
import { ApiError } from '@shared/errors'
import { createApiClient, httpTransport, type Transport } from '@/api'

const unauthenticated: CallResult = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Please sign in' } },
}

describe('api client', () => {
  it('returns the data of a successful call and sends the current token', async () => {
    const transport = vi.fn<Transport>(async () => ({ ok: true, data: { orgName: '后勤处' } }))
    const api = createApiClient({ transport, getToken: () => 'tok' })
    await expect(api.call('settings.get', {})).resolves.toEqual({ orgName: '后勤处' })
    expect(transport).toHaveBeenCalledWith('tok', 'settings.get', {})
  })

  it('throws an ApiError with both languages, and drops the session on UNAUTHENTICATED', async () => {
    const onUnauthenticated = vi.fn()
    const api = createApiClient({ transport: async () => unauthenticated, getToken: () => 'old', onUnauthenticated })
    const error = await api.call('items.list', {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', text: { zh: '请先登录', en: 'Please sign in' } })
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('does not treat a wrong password at login as an ended session', async () => {
    const onUnauthenticated = vi.fn()
    const api = createApiClient({ transport: async () => unauthenticated, getToken: () => null, onUnauthenticated })
    await expect(api.call('auth.login', { username: 'a', password: 'b' })).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('turns a network failure into an ApiError', async () => {
    const api = createApiClient({
      transport: async () => {
        throw new TypeError('Failed to fetch')
      },
      getToken: () => null,
    })
    await expect(api.call('system.status', {})).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})

describe('httpTransport', () => {
  it('POSTs JSON to /api/<method> with a bearer token and reads the CallResult of a 4xx answer', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(unauthenticated), { status: 401 }))
    const result = await httpTransport(fetcher)('tok', 'auth.me', {})
    expect(result).toEqual(unauthenticated)
    const [url, init] = fetcher.mock.calls[0]
    expect(url).toBe('/api/auth.me')
    expect(init?.method).toBe('POST')
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer tok' })
    expect(init?.body).toBe('{}')
  })

  it('reports a body that is no CallResult (a proxy error page) as an error', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => new Response('<html>Bad gateway</html>', { status: 502 }))
    const result = await httpTransport(fetcher)(null, 'system.status', {})
    expect(result.ok).toBe(false)
  })
})
