/**
 * Passwords of 8 characters or more that appear at the top of published leaked-password lists (Chinese
 * sites and global ones): refused for every account, in the API and on the screens. Compared without
 * regard to case; a password of one repeated character or one keyboard run is refused as well.
 */
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  '87654321',
  '987654321',
  '9876543210',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '99999999',
  '12341234',
  '11223344',
  '12344321',
  '123123123',
  '147258369',
  '147852369',
  '159357456',
  '123456aa',
  'aa123456',
  'a1234567',
  'a12345678',
  'abc12345',
  'abc123456',
  'abcd1234',
  '1234abcd',
  'qwer1234',
  '1qaz2wsx',
  '1q2w3e4r',
  'q1w2e3r4',
  'qwertyui',
  'qwertyuiop',
  'asdfghjk',
  'asdfghjkl',
  'zxcvbnm1',
  'zxcvbnm123',
  'qweasdzxc',
  'qwe12345',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'iloveyou',
  'iloveyou1',
  'woaini1314',
  'woaini520',
  '5201314520',
  '52013145',
  '13145200',
  'admin123',
  'admin888',
  'admin1234',
  'administrator',
  'root1234',
  'welcome1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'starwars',
  'dragon123',
  'monkey123',
  'letmein1',
  'trustno1',
  'whatever',
  'computer',
  'internet',
  'changeme',
  'secret123',
  'test1234',
  'testtest',
  'guest123',
  'user1234',
  'master12',
  'shadow12',
  'waredesk',
  'waredesk1',
  'waredesk123',
])

const KEYBOARD_RUNS = ['1234567890', '0987654321', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz']

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  if (COMMON.has(lower)) return true
  if (new Set(lower).size === 1) return true
  return KEYBOARD_RUNS.some((run) => run.includes(lower))
}

/** The refusal in both languages, for the schema and the screens. */
export const COMMON_PASSWORD_TEXT = {
  zh: '密码太常见，容易被猜中，请换一个',
  en: 'This password is too common and easy to guess; choose another',
}
