import { checkBarcode } from '@shared/barcode'
import { inputs, type Item, type ItemListRow } from '@shared/contract'
import { api } from '@/api'

export type LookupResult =
  | { kind: 'found'; item: Item; qtyMilli: number; pack: string | null }
  | { kind: 'candidates'; rows: ItemListRow[] }
  | { kind: 'not-found' }
  /** An EAN/UPC whose check digit is wrong: a misread, to be scanned again. */
  | { kind: 'bad-check-digit' }

const ONE_UNIT = 1000

/**
 * What a scanned or typed code means: a barcode (which also says how many units one scan counts,
 * e.g. a carton barcode), else an exact item code (one base unit), else — for typed text only —
 * the items whose name or specification matches, for the user to choose from.
 */
export async function lookupItem(code: string, allowCandidates: boolean): Promise<LookupResult> {
  if (inputs.barcode.safeParse(code).success) {
    const match = await api.call('items.findByBarcode', { barcode: code })
    if (match) return { kind: 'found', item: match.item, qtyMilli: match.qtyMilli, pack: match.unitName }
  }
  const page = await api.call('items.list', { search: code, page: 1, pageSize: 20 })
  const wanted = code.toLowerCase()
  const exact = page.rows.find((row) => row.code.toLowerCase() === wanted)
  if (exact) return { kind: 'found', item: exact, qtyMilli: ONE_UNIT, pack: null }
  if (allowCandidates && page.rows.length > 0) return { kind: 'candidates', rows: page.rows }
  // Checked last: an all-digit item code (20240001) looks like an EAN-8 but is found above.
  return checkBarcode(code).ok ? { kind: 'not-found' } : { kind: 'bad-check-digit' }
}
