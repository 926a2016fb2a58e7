import type { Input, MethodName, Output } from '@shared/contract'
import { ApiError } from '@shared/errors'
import { defaultTransport, type Transport } from './transport'

/** Methods whose UNAUTHENTICATED answer means "wrong credentials", not "the session ended". */
const SIGN_IN_METHODS: ReadonlySet<MethodName> = new Set(['auth.login', 'auth.setup', 'auth.logout'])

export interface ApiClientOptions {
  transport?: Transport
  /** The current session token, read at every call. */
  getToken: () => string | null
  /** Called when a signed-in call comes back UNAUTHENTICATED (expired or revoked session). */
  onUnauthenticated?: () => void
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>
}

/** A network failure (host down, fetch rejected) as an ApiError, so screens handle one error type. */
function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new ApiError('INTERNAL', {
    zh: `无法连接到服务：${detail}`,
    en: `Cannot reach the service: ${detail}`,
  })
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  let transport = options.transport
  return {
    async call(method, input) {
      transport ??= defaultTransport()
      let result
      try {
        result = await transport(options.getToken(), method, input)
      } catch (cause) {
        throw networkError(cause)
      }
      if (result.ok) return result.data as Output<typeof method> // the router answered this very method
      const error = ApiError.fromBody(result.error)
      if (error.code === 'UNAUTHENTICATED' && !SIGN_IN_METHODS.has(method)) options.onUnauthenticated?.()
      throw error
    },
  }
}
