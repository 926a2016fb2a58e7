/**
 * Slows down password guessing: after 5 wrong passwords for one username within 15 minutes, that
 * username is refused for 15 minutes, whatever the password. Kept in memory on purpose: a restart
 * clears it, and the warehouse PC's single host process is the only place logins happen.
 */
const LIMIT = 5
const WINDOW_MS = 15 * 60 * 1000

export class LoginGuard {
  private failures = new Map<string, number[]>()

  /** Milliseconds until the username may try again, or 0. */
  lockedFor(username: string, now: number): number {
    const recent = this.recent(username, now)
    return recent.length >= LIMIT ? recent[0] + WINDOW_MS - now : 0
  }

  fail(username: string, now: number): void {
    this.failures.set(username.toLowerCase(), [...this.recent(username, now), now])
  }

  succeed(username: string): void {
    this.failures.delete(username.toLowerCase())
  }

  private recent(username: string, now: number): number[] {
    return (this.failures.get(username.toLowerCase()) ?? []).filter((at) => now - at < WINDOW_MS)
  }
}
