import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { barcodeKind, checkBarcode, gtinCheckDigit, inStoreEan13 } from '../../electron/shared/barcode'
import { checkUscc, usccCheckChar } from '../../electron/shared/uscc'
import { bounded } from './property'

const sample = (file: string) => {
  const [header, ...rows] = fs
    .readFileSync(path.resolve(import.meta.dirname, '../fixtures', file), 'utf8')
    .trim()
    .split('\n')
  const names = header.split(',')
  return rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [names[i], value])))
}

describe('GTIN check digits', () => {
  it('accepts known-good codes of every length', () => {
    expect(checkBarcode('6901234567892')).toEqual({ ok: true, kind: 'EAN-13' })
    expect(checkBarcode('96385074')).toEqual({ ok: true, kind: 'EAN-8' })
    expect(checkBarcode('036000291452')).toEqual({ ok: true, kind: 'UPC-A' })
    expect(checkBarcode('10614141000415')).toEqual({ ok: true, kind: 'GTIN-14' })
    expect(checkBarcode('ABC-123')).toEqual({ ok: true, kind: 'free' })
  })

  it('names the expected digit when one is wrong', () => {
    expect(checkBarcode('6901234567891')).toEqual({ ok: false, kind: 'EAN-13', expected: 2 })
  })

  it('holds for the sample catalogue', () => {
    for (const row of sample('items.csv')) {
      for (const code of [row.barcode, row.pack_barcode].filter(Boolean)) expect(checkBarcode(code).ok, code).toBe(true)
    }
  })

  it('detects every single-digit error in random GTINs (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(7, 11, 12, 13),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (bodyLength, digits, position, shift) => {
          const body = digits.slice(0, bodyLength).join('')
          const code = body + gtinCheckDigit(body)
          expect(checkBarcode(code).ok).toBe(true)
          expect(barcodeKind(code)).not.toBe('free')
          const at = position % code.length
          const changed = code.slice(0, at) + ((Number(code[at]) + shift) % 10) + code.slice(at + 1)
          expect(checkBarcode(changed).ok).toBe(false)
        },
      ),
      bounded(200),
    )
  })

  it('generates valid in-store EAN-13 codes with prefixes 20–29 only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 29 }), fc.integer({ min: 0, max: 9_999_999_999 }), (prefix, serial) => {
        const code = inStoreEan13(prefix, serial)
        expect(code).toHaveLength(13)
        expect(code.startsWith(String(prefix))).toBe(true)
        expect(checkBarcode(code)).toEqual({ ok: true, kind: 'EAN-13' })
      }),
      bounded(200),
    )
    expect(() => inStoreEan13(69, 1)).toThrow(RangeError)
  })
})

describe('统一社会信用代码', () => {
  it('accepts the sample suppliers and a published example', () => {
    for (const row of sample('suppliers.csv')) expect(checkUscc(row.uscc), row.uscc).toEqual({ ok: true })
    expect(checkUscc('91350100M000100Y43')).toEqual({ ok: true })
  })

  it('refuses bad format and names the expected check character', () => {
    expect(checkUscc('91350100M000100Y4')).toEqual({ ok: false, reason: 'format' })
    expect(checkUscc('91350100M000100YI3')).toEqual({ ok: false, reason: 'format' }) // I is not used
    expect(checkUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'check', expected: '3' })
  })

  it('detects any single changed character (property)', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { minLength: 17, maxLength: 17 }),
        fc.nat(16),
        fc.integer({ min: 1, max: 30 }),
        (body, at, shift) => {
          const code = body.join('') + usccCheckChar(body.join(''))
          expect(checkUscc(code)).toEqual({ ok: true })
          const changed = [...body]
          changed[at] = chars[(chars.indexOf(body[at]) + shift) % 31]
          expect(checkUscc(changed.join('') + code[17]).ok).toBe(false)
        },
      ),
      bounded(200),
    )
  })
})
