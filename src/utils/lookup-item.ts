import type { BarcodeMatch, Item, ItemListRow } from '@shared/contract'
import { api } from '@/api'

export type LookupResult =
  | { kind: 'found'; item: Item; qtyMilli: number; pack: string | null }
  | { kind: 'candidates'; rows: ItemListRow[] }
  | { kind: 'not-found' }
  /** An EAN/UPC whose check digit is wrong: a misread, to be scanned again. */
  | { kind: 'bad-check-digit' }

/**
 * What a scanned or typed code means, as the core resolves it in one call (items.resolve): a barcode
 * (which also says how many units one scan counts, e.g. a carton barcode), else an exact item code
 * (one base unit), else — for typed text only — the items that match, for the user to choose from.
 */
export async function lookupItem(code: string, allowCandidates: boolean): Promise<LookupResult> {
  const result = await api.call('items.resolve', { code, candidates: allowCandidates ? 20 : 0 })
  switch (result.kind) {
    case 'barcode':
    case 'code':
      return { kind: 'found', item: result.item, qtyMilli: result.qtyMilli, pack: result.unitName }
    case 'candidates':
      return { kind: 'candidates', rows: result.candidates }
    default:
      return { kind: result.badCheckDigit ? 'bad-check-digit' : 'not-found' }
  }
}

/**
 * A scan on a screen that counts what it already lists (采购验收, 盘点): the core's item for the code — by
 * barcode (with the pack it stands for), else by exact item code (one base unit) — or null.
 */
export async function scanMatch(code: string): Promise<BarcodeMatch | null> {
  const result = await api.call('items.resolve', { code, candidates: 0 })
  if (result.kind !== 'barcode' && result.kind !== 'code') return null
  return { item: result.item, barcode: code, qtyMilli: result.qtyMilli, unitName: result.unitName }
}
