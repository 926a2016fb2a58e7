/**
 * Timing helpers. process.hrtime.bigint() is monotonic with nanosecond resolution; Date.now() rounds
 * to milliseconds and would hide a 10 µs lookup entirely.
 */
export type Unit = 'us' | 'ms'

const NS_PER_UNIT: Record<Unit, number> = { us: 1e3, ms: 1e6 }

export interface Summary {
  median: number
  p95: number
  iterations: number
}

/** Runs a synchronous function once and returns its result and the nanoseconds it took. */
export function timeSync<T>(fn: () => T): { result: T; ns: number } {
  const start = process.hrtime.bigint()
  const result = fn()
  return { result, ns: Number(process.hrtime.bigint() - start) }
}

/** The same for an async function; the await is part of what a real caller pays, so it is timed. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ns: number }> {
  const start = process.hrtime.bigint()
  const result = await fn()
  return { result, ns: Number(process.hrtime.bigint() - start) }
}

/** Median and nearest-rank 95th percentile of nanosecond samples, converted to `unit`. */
export function summarize(samplesNs: readonly number[], unit: Unit): Summary {
  if (samplesNs.length === 0) throw new Error('no samples to summarize')
  const sorted = [...samplesNs].sort((a, b) => a - b)
  const n = sorted.length
  const middle = Math.floor(n / 2)
  const median = n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  const p95 = sorted[Math.ceil(0.95 * n) - 1]
  return { median: median / NS_PER_UNIT[unit], p95: p95 / NS_PER_UNIT[unit], iterations: n }
}
