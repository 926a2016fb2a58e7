import type { MessageSchema } from '../zh-CN'

/** English — Accounts: first-run setup, login and password forms. */
export default {
  account: {
    username: 'Username',
    displayName: 'Full name',
    password: 'Password',
    confirmPassword: 'Confirm password',
    oldPassword: 'Current password',
    newPassword: 'New password',
    usernamePlaceholder: 'Letters, digits or _ . -, 2–32 characters',
    displayNamePlaceholder: 'The name printed on documents',
    passwordPlaceholder: 'At least 8 characters',
    usernameRule: 'A username has 2–32 letters, digits or _ . -',
    displayNameRule: 'Enter a name',
    passwordRule: 'A password has at least 8 characters',
    passwordCommon: 'This password is too common and easy to guess; choose another',
    passwordMismatch: 'The passwords do not match',
    passwordChanged: 'Password changed',
  },
  setup: {
    code: 'Setup code',
    codePlaceholder: 'The 8 digits shown on the host console, e.g. 1234-5678',
    title: 'Welcome to WareDesk',
    subtitle: 'First run: create the administrator account',
    note: 'The administrator manages users, roles and settings. There is no default account, so keep the password safe.',
    submit: 'Create administrator and sign in',
    done: 'Administrator created',
  },
  login: {
    title: 'Sign in',
    subtitle: 'Sign in with your account',
    submit: 'Sign in',
    connectError: 'Cannot reach the service',
    retry: 'Retry',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
  },
} satisfies Pick<MessageSchema, 'account' | 'setup' | 'login'>
