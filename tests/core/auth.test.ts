import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../electron/core/auth/password'
import { createClient } from '../../electron/core/router'
import type { MethodName } from '../../electron/shared/contract'
import { ADMIN_PASSWORD, count, makeApp, setupAdmin, userClient } from './helpers'

describe('passwords', () => {
  it('hashes with scrypt at the OWASP parameters and a random salt', async () => {
    const a = await hashPassword('secret-password')
    const b = await hashPassword('secret-password')
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('secret-password', a)).toBe(true)
    expect(await verifyPassword('secret-passwore', a)).toBe(false)
    expect(await verifyPassword('x', 'garbage')).toBe(false)
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

describe('role permissions', () => {
  // What each role may do; every other role must get FORBIDDEN (checked before any input is used).
  const calls: [MethodName, unknown, string[]][] = [
    ['users.list', {}, ['admin']],
    ['audit.list', {}, ['admin']],
    ['settings.update', { orgName: '某某学校' }, ['admin']],
    ['items.list', {}, ['admin', 'storekeeper', 'purchaser', 'approver', 'viewer']],
    ['items.create', { code: 'P1', name: '测试', unit: '个' }, ['admin', 'storekeeper', 'purchaser']],
    ['stock.list', {}, ['admin', 'storekeeper', 'purchaser', 'approver', 'viewer']],
    ['stock.post', { id: 999 }, ['admin', 'storekeeper', 'approver']],
    [
      'stock.createDraft',
      { requestId: crypto.randomUUID(), docType: 'RK', warehouseId: 1, businessDate: '2026-11-26', lines: [] },
      ['admin', 'storekeeper'],
    ],
  ]

  it('lets each role do exactly what the matrix says', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const clients = {
      admin,
      storekeeper: await userClient(app, admin, 'keeper', 'storekeeper'),
      purchaser: await userClient(app, admin, 'buyer', 'purchaser'),
      approver: await userClient(app, admin, 'boss', 'approver'),
      viewer: await userClient(app, admin, 'viewer', 'viewer'),
    }
    for (const [method, input, allowed] of calls) {
      for (const [role, client] of Object.entries(clients)) {
        const outcome = await client(method, structuredClone(input)).then(
          () => 'ok',
          (error: { code: string }) => error.code,
        )
        if (allowed.includes(role)) expect(outcome, `${role} ${method}`).not.toBe('FORBIDDEN')
        else expect(outcome, `${role} ${method}`).toBe('FORBIDDEN')
      }
    }
  })
})
