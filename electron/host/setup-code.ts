/**
 * The one-time setup code: while no user exists, first-run setup over HTTP needs the code the host
 * prints on its console, so a page or program that cannot see that console cannot create the
 * administrator. The desktop window sets up over IPC and needs no code.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto'

export interface SetupCode {
  /** Shown on the console as `1234-5678`. */
  readonly code: string
  /** Constant-time comparison; spaces and '-' in the typed code are ignored. False once used. */
  matches(given: unknown): boolean
  /** Called after a successful setup: the code never works again. */
  consume(): void
}

const digits = (length: number) => String(randomInt(0, 10 ** length)).padStart(length, '0')
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

export function createSetupCode(code = `${digits(4)}-${digits(4)}`): SetupCode {
  const expected = digest(code.replace(/[\s-]/g, ''))
  let used = false
  return {
    code,
    matches(given) {
      if (used || typeof given !== 'string' || given.length > 64) return false
      return timingSafeEqual(digest(given.replace(/[\s-]/g, '')), expected)
    },
    consume() {
      used = true
    },
  }
}
