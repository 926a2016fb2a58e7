import { describe, expect, it } from 'vitest'
import { createClient } from '../../electron/core/router'
import { ADMIN_PASSWORD, errorOf, makeApp, setupAdmin } from './helpers'

/** Counts the attempts the guard let through to the password check (each one is then hashed). */
function countChecked(app: ReturnType<typeof makeApp>): () => number {
  const guard = app.core.loginGuard
  const reserve = guard.reserve.bind(guard)
  let checked = 0
  guard.reserve = (name, now) => {
    const wait = reserve(name, now)
    if (wait === 0) checked++
    return wait
  }
  return () => checked
}

describe('login throttling under concurrency', () => {
  it('checks at most 5 of 40 parallel wrong logins, then refuses the right password until the lock ends', async () => {
    const app = makeApp()
    await setupAdmin(app)
    const checked = countChecked(app)
    const anonymous = createClient(app.router)
    const attempts = Array.from({ length: 40 }, (_, i) =>
      errorOf(anonymous('auth.login', { username: 'admin', password: `wrong-${i}-x` })),
    )
    const errors = await Promise.all(attempts)
    expect(checked()).toBe(5)
    expect(errors.every((e) => e.code === 'UNAUTHENTICATED')).toBe(true)
    expect(errors.filter((e) => e.text.zh.includes('次数过多'))).toHaveLength(35)

    const locked = await errorOf(anonymous('auth.login', { username: 'admin', password: ADMIN_PASSWORD }))
    expect(locked.text.zh).toContain('次数过多')
    expect(checked()).toBe(5)

    app.now = new Date(app.now.getTime() + 14 * 60_000)
    expect((await errorOf(anonymous('auth.login', { username: 'Admin', password: ADMIN_PASSWORD }))).text.zh).toContain(
      '次数过多',
    )
    app.now = new Date(app.now.getTime() + 60_000 + 1)
    const session = await anonymous('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    expect(session.user.username).toBe('admin')
    app.close()
  })

  it('a successful login clears the count', async () => {
    const app = makeApp()
    await setupAdmin(app)
    const anonymous = createClient(app.router)
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await errorOf(anonymous('auth.login', { username: 'admin', password: 'nope-nope-1' }))
      await anonymous('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    }
    app.close()
  })
})
