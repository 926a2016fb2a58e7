/**
 * Realistic catalogue rows for the seed, in the style of tests/fixtures/items.csv: Chinese names
 * built from material + noun word lists, specs from per-kind templates, units (kg with 3 decimals)
 * and one EAN-13 barcode each with a correct check digit and the Chinese 69 prefix.
 */
import { gtinCheckDigit } from '../electron/shared/barcode'
import { KINDS } from './catalogue-words'
import type { Rng } from './rng'

export interface SeedItem {
  code: string
  name: string
  spec: string
  unit: string
  unitDecimals: number
  refPriceE4: number
  barcode: string
}

export const itemCode = (index: number): string => `WZ${String(index).padStart(6, '0')}`

/**
 * A distinct-looking but guaranteed-unique barcode per item: the 10 digits after "69" are the index
 * times a multiplier coprime with 10^10, modulo 10^10 — a bijection, so no two items collide.
 */
export function itemBarcode(index: number): string {
  const body = `69${String((index * 1_234_567_891 + 314_159) % 10_000_000_000).padStart(10, '0')}`
  return body + gtinCheckDigit(body)
}

export function generateItem(index: number, r: Rng): SeedItem {
  const kind = r.pick(KINDS)
  const [low, high] = kind.price
  return {
    code: itemCode(index),
    name: r.pick(kind.materials) + kind.noun,
    spec: kind.spec(r),
    unit: kind.unit,
    unitDecimals: kind.decimals ?? 0,
    refPriceE4: Math.round((low + r.next() * (high - low)) * 100) * 100,
    barcode: itemBarcode(index),
  }
}
