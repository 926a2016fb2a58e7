/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and 31 capital letters without I, O, Z, S, V;
 * the last is a check character over the first 17 with weights 3^i mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}

export type UsccCheck =
  { ok: true } | { ok: false; reason: 'format' } | { ok: false; reason: 'check'; expected: string }

export function checkUscc(code: string): UsccCheck {
  const upper = code.trim().toUpperCase()
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(upper)) return { ok: false, reason: 'format' }
  const expected = usccCheckChar(upper.slice(0, 17))
  if (expected === null) return { ok: false, reason: 'format' }
  return expected === upper[17] ? { ok: true } : { ok: false, reason: 'check', expected }
}
