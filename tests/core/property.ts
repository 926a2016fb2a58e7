/**
 * Settings for every fast-check property: a fixed seed, a bounded number of runs and a time limit.
 * The seed is WAREDESK_SEED when set (to try others); a failure prints the seed and path to replay.
 * The time limit sits under the test's timeout, so a machine too slow for the runs reports a failure
 * from fast-check, with its seed, instead of a bare Vitest timeout.
 */
import type { Parameters } from 'fast-check'

const given = process.env.WAREDESK_SEED
export const SEED = given ? Number(given) : 20_261_126
if (!Number.isSafeInteger(SEED)) throw new Error(`WAREDESK_SEED must be an integer, not "${given}"`)

/** The core project's testTimeout is 30 s; a property stops 10 s before its test's timeout. */
export function bounded<T>(numRuns: number, testTimeoutMs = 30_000): Parameters<T> {
  return { seed: SEED, numRuns, interruptAfterTimeLimit: testTimeoutMs - 10_000, markInterruptAsFailure: true }
}
