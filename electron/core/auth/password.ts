import crypto from 'node:crypto'

/**
 * scrypt with the OWASP Password Storage Cheat Sheet parameters: N = 2^17, r = 8, p = 1,
 * a 16-byte random salt and a 32-byte key. The parameters are stored with each hash, so they
 * can be raised later without breaking old passwords.
 */
const N = 2 ** 17
const R = 8
const P = 1
const KEY_LENGTH = 32
// scrypt needs 128 × N × r bytes (128 MiB here); Node's default cap is 32 MiB.
const maxmem = (n: number, r: number) => 128 * n * r + 16 * 1024 * 1024

function derive(password: string, salt: Buffer, n: number, r: number, p: number, length: number) {
  return new Promise<Buffer>((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, length, { N: n, r, p, maxmem: maxmem(n, r) }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16)
  const key = await derive(password, salt, N, R, P, KEY_LENGTH)
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p), expected.length)
  return crypto.timingSafeEqual(actual, expected)
}

let dummy: Promise<string> | undefined
/** A hash of a random password, verified against when the user does not exist (equal timing). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'))
  return dummy
}
