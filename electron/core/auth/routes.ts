import { ApiError, conflict, notFound } from '../../shared/errors'
import { route, signedIn } from '../route'
import { timestamp } from '../context'
import { dummyHash, hashPassword, verifyPassword } from './password'
import { createSession, deleteOtherSessions, deleteSession, deleteUserSessions } from './sessions'
import {
  countActiveAdmins,
  countUsers,
  findUserById,
  findUserByName,
  insertUser,
  listUsers,
  toUser,
  updateUser,
} from './users'

const badLogin = () => new ApiError('UNAUTHENTICATED', { zh: '用户名或密码错误', en: 'Wrong username or password' })
const USER = { zh: '用户', en: 'User' }

export const authRoutes = {
  /** First run only: creates the administrator. There is no default account. */
  'auth.setup': route<'auth.setup'>()({
    access: 'public',
    mutates: true,
    prepare: (ctx, input) => hashPassword(input.password, ctx.core.passwordCost),
    handler: (ctx, input, passwordHash) => {
      // Checked inside the write transaction, so two racing setups cannot both succeed.
      if (countUsers(ctx.core.db) > 0) throw conflict('系统已初始化', 'Setup has already been done')
      const row = insertUser(ctx.core.db, { ...input, role: 'admin', passwordHash }, timestamp(ctx.core))
      const user = toUser(row)
      ctx.user = user
      ctx.note({ target: `user:${user.id}`, summary: `创建管理员 ${user.username}` })
      return { token: createSession(ctx.core.db, user.id, ctx.core.now()), user }
    },
  }),

  'auth.login': route<'auth.login'>()({
    access: 'public',
    mutates: true,
    prepare: async (ctx, input) => {
      const name = input.username.trim()
      const now = ctx.core.now().getTime()
      // Counted before the hash runs, synchronously: parallel attempts cannot all pass (login-guard.ts).
      const wait = ctx.core.loginGuard.reserve(name, now)
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000)
        throw new ApiError('UNAUTHENTICATED', {
          zh: `密码错误次数过多，请 ${minutes} 分钟后再试`,
          en: `Too many wrong passwords; try again in ${minutes} min`,
        })
      }
      const row = findUserByName(ctx.core.db, name)
      // Verify against a dummy hash for unknown users, so timing does not tell which names exist.
      const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash(ctx.core.passwordCost)))
      if (!row || !ok || row.active !== 1) throw badLogin()
      ctx.core.loginGuard.succeed(name)
      return row.id
    },
    handler: (ctx, _input, userId) => {
      const row = findUserById(ctx.core.db, userId)
      if (row?.active !== 1) throw badLogin() // disabled between the check and now
      const user = toUser(row)
      ctx.user = user
      ctx.note({ target: `user:${user.id}`, summary: `登录 ${user.username}` })
      return { token: createSession(ctx.core.db, user.id, ctx.core.now()), user }
    },
  }),

  'auth.logout': route<'auth.logout'>()({
    access: 'signed-in',
    mutates: true,
    handler: (ctx) => {
      if (ctx.token) deleteSession(ctx.core.db, ctx.token)
      ctx.note({ target: `user:${signedIn(ctx).id}`, summary: '退出登录' })
      return { ok: true }
    },
  }),

  'auth.me': route<'auth.me'>()({ access: 'signed-in', handler: (ctx) => signedIn(ctx) }),

  'auth.changePassword': route<'auth.changePassword'>()({
    access: 'signed-in',
    mutates: true,
    prepare: async (ctx, input) => {
      const row = findUserById(ctx.core.db, signedIn(ctx).id)
      if (!row || !(await verifyPassword(input.oldPassword, row.password_hash))) {
        throw new ApiError('BAD_INPUT', { zh: '原密码不正确', en: 'The current password is wrong' })
      }
      return hashPassword(input.newPassword, ctx.core.passwordCost)
    },
    handler: (ctx, _input, passwordHash) => {
      const user = signedIn(ctx)
      updateUser(ctx.core.db, user.id, { passwordHash }, timestamp(ctx.core))
      // Whoever knew the old password is signed out everywhere else.
      deleteOtherSessions(ctx.core.db, user.id, ctx.token)
      ctx.note({ target: `user:${user.id}`, summary: '修改密码（其他会话已结束）' })
      return { ok: true }
    },
  }),

  'users.list': route<'users.list'>()({
    access: 'users.manage',
    handler: (ctx) => listUsers(ctx.core.db).map(toUser),
  }),

  'users.create': route<'users.create'>()({
    access: 'users.manage',
    mutates: true,
    prepare: (ctx, input) => hashPassword(input.password, ctx.core.passwordCost),
    handler: (ctx, input, passwordHash) => {
      if (findUserByName(ctx.core.db, input.username)) {
        throw conflict(`用户名 ${input.username} 已存在`, `Username ${input.username} is taken`)
      }
      const user = toUser(insertUser(ctx.core.db, { ...input, passwordHash }, timestamp(ctx.core)))
      ctx.note({ target: `user:${user.id}`, summary: `新建用户 ${user.username}（${user.role}）`, after: user })
      return user
    },
  }),

  'users.update': route<'users.update'>()({
    access: 'users.manage',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const row = findUserById(db, input.id)
      if (!row) throw notFound(USER)
      const before = toUser(row)
      const losesAdmin =
        before.role === 'admin' && before.active && (input.active === false || (input.role ?? 'admin') !== 'admin')
      if (losesAdmin && countActiveAdmins(db) === 1) {
        throw conflict('至少需要保留一个启用的管理员', 'At least one active administrator must remain')
      }
      updateUser(db, input.id, input, timestamp(ctx.core))
      // A disabled user is signed out everywhere at once.
      if (input.active === false) deleteUserSessions(db, input.id)
      const after = toUser(findUserById(db, input.id)!)
      ctx.note({ target: `user:${after.id}`, summary: `修改用户 ${after.username}`, before, after })
      return after
    },
  }),

  'users.resetPassword': route<'users.resetPassword'>()({
    access: 'users.manage',
    mutates: true,
    prepare: (ctx, input) => hashPassword(input.password, ctx.core.passwordCost),
    handler: (ctx, input, passwordHash) => {
      const row = findUserById(ctx.core.db, input.id)
      if (!row) throw notFound(USER)
      updateUser(ctx.core.db, input.id, { passwordHash }, timestamp(ctx.core))
      deleteUserSessions(ctx.core.db, input.id)
      ctx.note({ target: `user:${input.id}`, summary: `重置 ${row.username} 的密码` })
      return { ok: true }
    },
  }),
}
