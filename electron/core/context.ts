import type { LoginGuard } from './auth/login-guard'
import type { PasswordCost } from './auth/password'
import type { Db } from './db/open'

/** What every service needs: the database handle and a clock (injected so tests control time). */
export interface Core {
  db: Db
  now: () => Date
  version: string
  loginGuard: LoginGuard
  /** scrypt parameters for new password hashes; PASSWORD_COST unless a test lowers it. */
  passwordCost: PasswordCost
}

/** ISO timestamp for created_at / posted_at columns. */
export const timestamp = (core: Core): string => core.now().toISOString()

/** Today's business date in the machine's local time zone, as YYYY-MM-DD. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
