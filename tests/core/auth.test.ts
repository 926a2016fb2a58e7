import { describe, expect, it } from 'vitest'
import { createApp } from '../../electron/core/app'
import { hashPassword, PASSWORD_COST, TEST_PASSWORD_COST, verifyPassword } from '../../electron/core/auth/password'
import { createClient } from '../../electron/core/router'
import { ADMIN_PASSWORD, count, makeApp, setupAdmin, userClient } from './helpers'

describe('passwords', () => {
  it('hashes at the OWASP parameters by default: scrypt N = 2^17, r = 8, p = 1', async () => {
    // The one test that pays the production cost (two derivations): an app created without a cost.
    const app = createApp({ file: ':memory:', log: () => {} })
    await setupAdmin(app)
    const stored = app.core.db.prepare('SELECT password_hash FROM users').pluck().get() as string
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    const session = await createClient(app.router)('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    expect(session.user.username).toBe('admin')
    expect(PASSWORD_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    app.close()
  })

  it('salts each hash, and verifies by the parameters stored in it', async () => {
    const a = await hashPassword('secret-password', TEST_PASSWORD_COST)
    const b = await hashPassword('secret-password', TEST_PASSWORD_COST)
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('secret-password', a)).toBe(true)
    expect(await verifyPassword('secret-passwore', a)).toBe(false)
    expect(await verifyPassword('x', 'garbage')).toBe(false)
    // A hash made at another cost still verifies: the cost can be raised without breaking passwords.
    const stronger = await hashPassword('secret-password', { N: 2 ** 11, r: 8, p: 2 })
    expect(stronger).toMatch(/^scrypt\$2048\$8\$2\$/)
    expect(await verifyPassword('secret-password', stronger)).toBe(true)
    // The test apps hash at the cheap cost.
    const app = makeApp()
    await setupAdmin(app)
    expect(app.core.db.prepare('SELECT password_hash FROM users').pluck().get()).toMatch(/^scrypt\$1024\$8\$1\$/)
  })
})

describe('setup and sessions', () => {
  it('has no default account: setup is required once, then refused', async () => {
    const app = makeApp()
    const anonymous = createClient(app.router)
    expect(await anonymous('system.status')).toMatchObject({ setupRequired: true, version: '9.9.9' })
    await expect(
      anonymous('auth.setup', { username: 'admin', displayName: '管理员', password: 'short' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
    await setupAdmin(app)
    expect(await anonymous('system.status')).toMatchObject({ setupRequired: false })
    await expect(
      anonymous('auth.setup', { username: 'other', displayName: 'x', password: 'long-enough-1' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(count(app, 'users')).toBe(1)
  })

  it('logs in with a 256-bit random token, refuses wrong passwords, and logs out', async () => {
    const app = makeApp()
    await setupAdmin(app)
    const anonymous = createClient(app.router)
    await expect(anonymous('auth.login', { username: 'admin', password: 'wrong-password' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      text: { zh: '用户名或密码错误' },
    })
    await expect(anonymous('auth.login', { username: 'nobody', password: 'wrong-password' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    })
    const session = await anonymous('auth.login', { username: 'ADMIN', password: ADMIN_PASSWORD })
    expect(Buffer.from(session.token, 'base64url').length).toBeGreaterThanOrEqual(16)
    const me = createClient(app.router, () => session.token)
    expect((await me('auth.me')).username).toBe('admin')
    await me('auth.logout')
    await expect(me('auth.me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('ends the sessions of a disabled user at once, and refuses their login', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const clerk = await userClient(app, admin, 'clerk', 'purchaser')
    const { id } = await clerk('auth.me')
    await admin('users.update', { id, active: false })
    await expect(clerk('auth.me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    await expect(
      createClient(app.router)('auth.login', { username: 'clerk', password: 'clerk-password' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    })
  })

  it('locks a username for 15 minutes after 5 wrong passwords', async () => {
    const app = makeApp()
    await setupAdmin(app)
    const anonymous = createClient(app.router)
    for (let i = 0; i < 5; i++) {
      await expect(anonymous('auth.login', { username: 'admin', password: `wrong-${i}-pass` })).rejects.toMatchObject({
        text: { zh: '用户名或密码错误' },
      })
    }
    await expect(anonymous('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).rejects.toMatchObject({
      text: { zh: '密码错误次数过多，请 15 分钟后再试' },
    })
    app.now = new Date(app.now.getTime() + 15 * 60_000)
    expect((await anonymous('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).user.username).toBe('admin')
  })

  it('expires sessions after 12 hours', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    app.now = new Date(app.now.getTime() + 12 * 3600_000 + 1)
    await expect(admin('auth.me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('keeps at least one active administrator', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { id } = await admin('auth.me')
    await expect(admin('users.update', { id, role: 'viewer' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
