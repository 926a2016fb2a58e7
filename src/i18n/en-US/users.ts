import type { MessageSchema } from '../zh-CN'

/** English — the users (用户) screen. */
export default {
  users: {
    title: 'Users',
    create: 'New user',
    edit: 'Edit user',
    resetPassword: 'Reset password',
    resetFor: 'Set a new password for "{name}"',
    resetDone: 'Password reset; the user must sign in again',
    created: 'User "{name}" created',
    updated: 'User "{name}" saved',
    columns: {
      username: 'Username',
      displayName: 'Name',
      role: 'Role',
      status: 'Status',
      createdAt: 'Created',
    },
    fields: { role: 'Role', active: 'Active' },
    you: ' (you)',
  },
} satisfies Pick<MessageSchema, 'users'>
