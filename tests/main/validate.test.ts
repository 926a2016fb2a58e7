/** The IPC transport's shape checks, with the hostile inputs a compromised renderer could send. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contract } from '../../electron/shared/contract'
import { isJsonValue, isMethod, isToken, parsePrintRequest } from '../../electron/main/validate'

/** Nested arrays `depth` deep: [[[…]]]. */
function nested(depth: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

describe('isJsonValue', () => {
  it.each([
    ['null', null],
    ['a string with Chinese', '入库单 RK-2024-001'],
    ['zero, negative zero and a safe integer', [0, -0, Number.MAX_SAFE_INTEGER]],
    ['booleans', [true, false]],
    ['an object of lines', { lines: [{ itemId: 1, quantity: 1500 }], note: '' }],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { a: 1 })],
    ['32 levels of nesting', nested(32)],
    ['a 30 MB base64 import', 'A'.repeat(30_000_000)],
  ])('accepts %s', (_name, value) => {
    expect(isJsonValue(value)).toBe(true)
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity inside an object', { amount: Number.NEGATIVE_INFINITY }],
    ['undefined', undefined],
    ['undefined inside an array', [1, undefined]],
    ['a bigint', 10n],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['a Map', new Map([[1, 2]])],
    ['a Uint8Array', new Uint8Array(4)],
    [
      'a class instance',
      new (class Point {
        x = 1
      })(),
    ],
    ['33 levels of nesting', nested(33)],
    ['10 000 levels of nesting', nested(10_000)],
    ['a sparse array', [1, , 3]],
    ['an array with a huge length and no elements', new Array(1_000_000_000)],
    ['a __proto__ key (as JSON.parse or structured clone makes it)', JSON.parse('{"__proto__": {"isAdmin": true}}')],
    ['a nested constructor key', { a: [{ constructor: { prototype: { x: 1 } } }] }],
    ['a prototype key', { prototype: 1 }],
    ['a symbol key', { [Symbol('s')]: 1 }],
    ['a getter', Object.defineProperty({}, 'x', { get: () => 1, enumerable: true })],
    ['strings over 32 M characters in all', ['A'.repeat(20_000_000), 'B'.repeat(12_000_001)]],
    ['a huge key', { ['k'.repeat(32_000_001)]: 1 }],
  ])('refuses %s', (_name, value) => {
    expect(isJsonValue(value)).toBe(false)
  })

  it('refuses a cycle', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(isJsonValue(cycle)).toBe(false)
  })

  it('refuses a fan-out of shared references fast instead of visiting 2^30 nodes', () => {
    let value: unknown = 1
    for (let i = 0; i < 30; i++) value = [value, value]
    const started = performance.now()
    expect(isJsonValue(value)).toBe(false)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses one million and one values, accepts one million', () => {
    expect(isJsonValue(new Array(999_999).fill(0))).toBe(true) // the array itself is the millionth
    expect(isJsonValue(new Array(1_000_000).fill(0))).toBe(false)
  })

  it('accepts whatever JSON.parse(JSON.stringify(x)) gives for JSON-like data (seeded)', () => {
    const reserved = /"(__proto__|constructor|prototype)":/
    const json = fc.jsonValue({ maxDepth: 6 }).filter((v) => !reserved.test(JSON.stringify(v)))
    fc.assert(
      fc.property(json, (value) => {
        const copy: unknown = JSON.parse(JSON.stringify(value))
        expect(isJsonValue(copy)).toBe(true)
      }),
      { seed: 20240901, numRuns: 300 },
    )
  })
})

describe('isToken and isMethod', () => {
  it('accepts a real base64url session token and every contract method name', () => {
    expect(isToken('q3Z9_-AbC0123456789xyzXYZ-_q3Z9_-AbC012345678')).toBe(true)
    for (const name of Object.keys(contract)) expect(isMethod(name), name).toBe(true)
  })

  it.each(['', ' ', 'abc def', 'a\nb', 'tok=en', 'a'.repeat(513), '令牌', 'a/b'])('refuses the token %j', (token) => {
    expect(isToken(token)).toBe(false)
  })

  it.each(['', '.', 'items.', '.items', 'items..create', '__proto__.x', 'items/create', '1abc', 'a'.repeat(101)])(
    'refuses the method %j',
    (method) => expect(isMethod(method)).toBe(false),
  )

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 1, {}, ['items.create'], new String('items.create')]) {
      expect(isToken(value)).toBe(false)
      expect(isMethod(value)).toBe(false)
    }
  })
})

describe('parsePrintRequest', () => {
  const good = { route: '/print/stock-in/12', mode: 'pdf', paper: 'A4', token: 'abc_DEF-123' }

  it('returns a clean copy with landscape defaulted and extra keys dropped', () => {
    expect(parsePrintRequest({ ...good, extra: 'x' })).toEqual({ ...good, landscape: false })
    expect(parsePrintRequest({ ...good, mode: 'dialog', paper: 'A5', landscape: true })).toEqual({
      ...good,
      mode: 'dialog',
      paper: 'A5',
      landscape: true,
    })
  })

  it.each([
    ['a string', 'request', 'request must be an object'],
    ['null', null, 'request must be an object'],
    ['an array', [good], 'request must be an object'],
    ['a Map', new Map(Object.entries(good)), 'request must be an object'],
    ['no route', { ...good, route: undefined }, 'invalid route'],
    ['a route outside /print', { ...good, route: '/stock-in/12' }, 'invalid route'],
    ['a route with ..', { ...good, route: '/print/../settings' }, 'invalid route'],
    ['a route with a query', { ...good, route: '/print/order/1?token=x' }, 'invalid route'],
    ['a route with a hash', { ...good, route: '/print/order/1#x' }, 'invalid route'],
    ['a route with an empty segment', { ...good, route: '/print//1' }, 'invalid route'],
    ['a route with a backslash', { ...good, route: '/print/order\\1' }, 'invalid route'],
    ['a route with Chinese', { ...good, route: '/print/入库单/1' }, 'invalid route'],
    ['a route with a newline at the end', { ...good, route: '/print/order/1\n' }, 'invalid route'],
    ['a javascript: route', { ...good, route: 'javascript:alert(1)' }, 'invalid route'],
    ['a 201-character route', { ...good, route: '/print/' + 'a'.repeat(194) }, 'invalid route'],
    ['an unknown mode', { ...good, mode: 'silent' }, 'invalid mode'],
    ['lower-case paper', { ...good, paper: 'a4' }, 'invalid paper'],
    ['Letter paper', { ...good, paper: 'Letter' }, 'invalid paper'],
    ['paper as an object', { ...good, paper: { width: 210000, height: 297000 } }, 'invalid paper'],
    ['a String object as paper', { ...good, paper: new String('A4') }, 'invalid paper'],
    ['landscape as a string', { ...good, landscape: 'true' }, 'invalid landscape'],
    ['landscape as 1', { ...good, landscape: 1 }, 'invalid landscape'],
    ['no token', { ...good, token: undefined }, 'invalid token'],
    ['an empty token', { ...good, token: '' }, 'invalid token'],
    ['a token with a space', { ...good, token: 'a b' }, 'invalid token'],
    ['a 513-character token', { ...good, token: 'a'.repeat(513) }, 'invalid token'],
  ])('refuses %s', (_name, value, message) => {
    expect(parsePrintRequest(value)).toBe(message)
  })

  it('reads only own properties, never ones inherited from a prototype', () => {
    const inherited = Object.create({ ...good }) as object
    expect(parsePrintRequest(inherited)).toBe('request must be an object')
    const withNullProto = Object.assign(Object.create(null) as object, good)
    expect(parsePrintRequest(withNullProto)).toEqual({ ...good, landscape: false })
  })

  it('accepts a 200-character route', () => {
    const route = '/print/' + 'a'.repeat(193)
    expect(route).toHaveLength(200)
    expect(parsePrintRequest({ ...good, route })).toMatchObject({ route })
  })
})
