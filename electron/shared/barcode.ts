/**
 * GTIN check digits (EAN-8, UPC-A, EAN-13, GTIN-14) and in-store EAN-13 codes.
 * Codes of other lengths or with letters are free codes (Code 128, Code 39, QR …) and not checked.
 */
export type BarcodeKind = 'EAN-8' | 'UPC-A' | 'EAN-13' | 'GTIN-14' | 'free'

const GTIN_KINDS: Record<number, BarcodeKind> = { 8: 'EAN-8', 12: 'UPC-A', 13: 'EAN-13', 14: 'GTIN-14' }

/** The GS1 check digit for the digits before it (weights 3,1,3,1… from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

export function barcodeKind(code: string): BarcodeKind {
  return /^\d+$/.test(code) ? (GTIN_KINDS[code.length] ?? 'free') : 'free'
}

export type BarcodeCheck = { ok: true; kind: BarcodeKind } | { ok: false; kind: BarcodeKind; expected: number }

/** Validates a GTIN's check digit; a wrong one names the digit that was expected. */
export function checkBarcode(code: string): BarcodeCheck {
  const kind = barcodeKind(code)
  if (kind === 'free') return { ok: true, kind }
  const expected = gtinCheckDigit(code.slice(0, -1))
  return expected === code.charCodeAt(code.length - 1) - 48 ? { ok: true, kind } : { ok: false, kind, expected }
}

/** An in-store EAN-13 (GS1 prefix 20–29, for internal use) from a prefix and a serial number. */
export function inStoreEan13(prefix: number, serial: number): string {
  if (!Number.isInteger(prefix) || prefix < 20 || prefix > 29) throw new RangeError('in-store prefix is 20–29')
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999_999) throw new RangeError('serial out of range')
  const body = String(prefix) + String(serial).padStart(10, '0')
  return body + gtinCheckDigit(body)
}
