/**
 * Every size and time limit of the HTTP host, in one place. `createHost({ limits })` overrides them
 * (tests use short timeouts); the CLI uses these values.
 */
export interface HostLimits {
  /** Largest request body, in bytes (an Excel import travels as base64 JSON). Larger → 413. */
  maxBodyBytes: number
  /** Time to receive all request headers (node:http `headersTimeout`). Slower → 408. */
  headersTimeoutMs: number
  /** Time to receive a whole request, headers and body (node:http `requestTimeout`). Slower → 408. */
  requestTimeoutMs: number
  /** Longest pause between two pieces of a request body. Longer → 408 and the connection closes. */
  bodyIdleTimeoutMs: number
  /** After a refusal (413), how long the host keeps discarding the rest of the body before closing. */
  lingerMs: number
}

export const HOST_LIMITS: HostLimits = {
  maxBodyBytes: 20 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  bodyIdleTimeoutMs: 15_000,
  lingerMs: 2_000,
}

export function hostLimits(overrides: Partial<HostLimits> = {}): HostLimits {
  const limits = { ...HOST_LIMITS, ...overrides }
  // node:http requires headersTimeout ≤ requestTimeout.
  limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs)
  return limits
}
