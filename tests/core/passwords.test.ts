/** Common passwords are refused wherever a password is set; changing one's own password ends one's other sessions. */
import { describe, expect, it } from 'vitest'
import { isCommonPassword } from '../../electron/shared/common-passwords'
import { createClient } from '../../electron/core/router'
import { ADMIN_PASSWORD, count, errorOf, makeApp, setupAdmin } from './helpers'

describe('common passwords', () => {
  it.each([
    ['12345678', true],
    ['Password', true],
    ['PASSWORD1', true],
    ['woaini1314', true],
    ['aaaaaaaaaa', true],
    ['qwertyui', true],
    ['abcdefghij', true],
    ['correct-horse-9', false],
    ['后勤仓库2026年', false],
  ])('%s is common: %s', (password, common) => {
    expect(isCommonPassword(password)).toBe(common)
  })

  it('refuses one at setup, at user creation, at a reset and at a change, and writes nothing', async () => {
    const app = makeApp()
    const anonymous = createClient(app.router)
    const setup = await errorOf(
      anonymous('auth.setup', { username: 'admin', displayName: '管理员', password: '12345678' }),
    )
    expect(setup.code).toBe('BAD_INPUT')
    expect(setup.text.zh).toContain('密码太常见')
    expect(count(app, 'users')).toBe(0)

    const admin = await setupAdmin(app)
    const created = await errorOf(
      admin('users.create', { username: 'li', displayName: '李', role: 'storekeeper', password: 'password123' }),
    )
    expect(created.text.zh).toContain('密码太常见')
    expect(count(app, 'users')).toBe(1)
    const changed = await errorOf(
      admin('auth.changePassword', { oldPassword: ADMIN_PASSWORD, newPassword: '88888888' }),
    )
    expect(changed.text.zh).toContain('密码太常见')
    const me = await admin('auth.me')
    const reset = await errorOf(admin('users.resetPassword', { id: me.id, password: 'qwertyuiop' }))
    expect(reset.text.zh).toContain('密码太常见')
  })
})

describe('changing one’s own password', () => {
  it('ends the other sessions of that user and keeps the one that changed it', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const other = await createClient(app.router)('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    const elsewhere = createClient(app.router, () => other.token)
    await elsewhere('auth.me')

    await admin('auth.changePassword', { oldPassword: ADMIN_PASSWORD, newPassword: 'a-new-long-passphrase' })
    await expect(admin('auth.me')).resolves.toBeTruthy()
    expect((await errorOf(elsewhere('auth.me'))).code).toBe('UNAUTHENTICATED')
  })
})
