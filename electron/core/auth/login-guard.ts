/**
 * Slows down password guessing: at most 5 attempts for one username within 15 minutes are checked;
 * further ones are refused for the rest of the window, whatever the password.
 *
 * The attempt is reserved (counted) BEFORE the slow password hash runs, by `reserve`, which checks and
 * counts in one synchronous step: no await can come between the check and the count, so 40 attempts
 * sent at once can only pass the check 5 times. This holds because the host runs one process (the
 * warehouse PC's single host process is the only place logins happen); the counter is in memory, so a
 * restart clears it. A successful login clears the username's attempts. Locks expire after the window,
 * so nobody — the administrator included — is shut out for longer than 15 minutes.
 */
const LIMIT = 5
const WINDOW_MS = 15 * 60 * 1000

export class LoginGuard {
  private attempts = new Map<string, number[]>()

  /**
   * Counts one attempt for the username and returns 0, or returns the milliseconds until it may try
   * again without counting anything. Synchronous on purpose (see above).
   */
  reserve(username: string, now: number): number {
    const key = username.toLowerCase()
    const recent = this.recent(key, now)
    if (recent.length >= LIMIT) return recent[0] + WINDOW_MS - now
    this.attempts.set(key, [...recent, now])
    return 0
  }

  succeed(username: string): void {
    this.attempts.delete(username.toLowerCase())
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS)
  }
}
