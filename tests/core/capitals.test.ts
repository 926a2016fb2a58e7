import { describe, expect, it } from 'vitest'
import { amountInCapitals } from '../../electron/shared/capitals'

describe('大写金额', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [10, '壹角整'],
    [110, '壹元壹角整'],
    [10_000, '壹佰元整'],
    [10_050, '壹佰元伍角整'],
    [10_005, '壹佰元零伍分'],
    [123_456, '壹仟贰佰叁拾肆元伍角陆分'],
    [1_000_500, '壹万零伍元整'],
    [1_005_000, '壹万零伍拾元整'],
    [10_000_000, '壹拾万元整'],
    [100_100_000, '壹佰万壹仟元整'],
    [1_000_000_001, '壹仟万元零壹分'],
    [10_000_000_000, '壹亿元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [-150, '负壹元伍角整'],
  ])('%i 分 → %s', (fen, text) => {
    expect(amountInCapitals(fen)).toBe(text)
  })

  it('refuses non-integer amounts', () => {
    expect(() => amountInCapitals(1.5)).toThrow(RangeError)
  })
})
