import crypto from 'node:crypto'

/** scrypt's cost parameters: N (a power of two), block size r, parallelism p. */
export interface PasswordCost {
  N: number
  r: number
  p: number
}

/**
 * The OWASP Password Storage Cheat Sheet parameters: N = 2^17, r = 8, p = 1 (128 MiB, a few hundred
 * ms), with a 16-byte random salt and a 32-byte key. The parameters are stored with each hash, so
 * they can be raised later without breaking old passwords.
 */
export const PASSWORD_COST: PasswordCost = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/**
 * For tests only (core tests, and the host started by the e2e harness with `--test-password-cost`):
 * the same scheme at a cost of about a millisecond. Never the default anywhere.
 */
export const TEST_PASSWORD_COST: PasswordCost = Object.freeze({ N: 2 ** 10, r: 8, p: 1 })

const KEY_LENGTH = 32
// scrypt needs 128 × N × r bytes (128 MiB at the default); Node's default cap is 32 MiB.
const maxmem = (cost: PasswordCost) => 128 * cost.N * cost.r + 16 * 1024 * 1024

function derive(password: string, salt: Buffer, cost: PasswordCost, length: number) {
  return new Promise<Buffer>((resolve, reject) => {
    crypto.scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { N: cost.N, r: cost.r, p: cost.p, maxmem: maxmem(cost) },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}

export async function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  const salt = crypto.randomBytes(16)
  const key = await derive(password, salt, cost, KEY_LENGTH)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Verifies against the parameters stored in the hash, whatever the current cost is. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  const actual = await derive(password, Buffer.from(salt, 'base64'), cost, expected.length)
  return crypto.timingSafeEqual(actual, expected)
}

const dummies = new Map<string, Promise<string>>()
/** A hash of a random password at this cost, verified against when the user does not exist (equal timing). */
export function dummyHash(cost: PasswordCost): Promise<string> {
  const key = `${cost.N}$${cost.r}$${cost.p}`
  let dummy = dummies.get(key)
  if (!dummy) {
    dummy = hashPassword(crypto.randomBytes(16).toString('hex'), cost)
    dummies.set(key, dummy)
  }
  return dummy
}
