import { describe, expect, it } from 'vitest'
import { checkQuantity, priceInputText, quantityInputText } from '@/utils/quantity'

describe('checkQuantity', () => {
  it('parses within the unit precision, exactly', () => {
    expect(checkQuantity('12', 0)).toEqual({ qtyMilli: 12_000, problem: null })
    expect(checkQuantity('2.345', 3)).toEqual({ qtyMilli: 2345, problem: null })
    expect(checkQuantity(' 1,200 ', 0)).toEqual({ qtyMilli: 1_200_000, problem: null })
  })

  it('tells too many decimals for the unit apart from text that is no number', () => {
    expect(checkQuantity('1.5', 0).problem).toBe('decimals')
    expect(checkQuantity('1.2345', 3).problem).toBe('format')
    expect(checkQuantity('abc', 0).problem).toBe('format')
    expect(checkQuantity('', 0).problem).toBe('required')
    expect(checkQuantity('0', 0).problem).toBe('positive')
    expect(checkQuantity('-2', 0).problem).toBe('positive')
  })
})

describe('input texts', () => {
  it('writes quantities and prices back without separators, and a zero price as empty', () => {
    expect(quantityInputText(1_234_500)).toBe('1234.5')
    expect(priceInputText(12_345_000)).toBe('1234.50')
    expect(priceInputText(0)).toBe('')
  })
})
