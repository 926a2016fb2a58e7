import { describe, expect, it } from 'vitest'
import { docNoPreview, normalizePrefix, prefixProblem, type DocPrefixes } from '@/utils/doc-prefix'

const prefixes = (fields: Partial<DocPrefixes>): DocPrefixes => ({ RK: 'RK', CK: 'CK', DB: 'DB', PD: 'PD', ...fields })

describe('document number prefixes', () => {
  it('previews the first number of the day under a prefix', () => {
    expect(docNoPreview('RK', '2026-11-26')).toBe('RK20261126-0001')
    expect(docNoPreview('HQCK', '2027-01-05')).toBe('HQCK20270105-0001')
  })

  it('accepts 1–6 capital letters and tells what is wrong otherwise', () => {
    expect(prefixProblem(prefixes({}), 'RK')).toBeNull()
    expect(prefixProblem(prefixes({ RK: 'ABCDEF' }), 'RK')).toBeNull()
    expect(prefixProblem(prefixes({ RK: '' }), 'RK')).toBe('required')
    expect(prefixProblem(prefixes({ RK: 'ABCDEFG' }), 'RK')).toBe('format')
    expect(prefixProblem(prefixes({ RK: 'rk' }), 'RK')).toBe('format')
    expect(prefixProblem(prefixes({ RK: 'R1' }), 'RK')).toBe('format')
  })

  it('refuses two document types sharing one prefix, on both of them', () => {
    const shared = prefixes({ CK: 'RK' })
    expect(prefixProblem(shared, 'RK')).toBe('duplicate')
    expect(prefixProblem(shared, 'CK')).toBe('duplicate')
    expect(prefixProblem(shared, 'DB')).toBeNull()
  })

  it('raises what is typed to capitals and drops anything else', () => {
    expect(normalizePrefix('hq-ck1')).toBe('HQCK')
    expect(normalizePrefix('abcdefgh')).toBe('ABCDEF')
    expect(normalizePrefix('入库')).toBe('')
  })
})
