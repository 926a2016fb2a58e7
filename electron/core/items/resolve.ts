/** items.resolve: one typed or scanned code to an item, in one call (see CodeResolution). */
import { checkBarcode } from '../../shared/barcode'
import { inputs, type CodeResolution, type ParsedInput } from '../../shared/contract'
import type { Db } from '../db/open'
import { findBarcode, getItem } from './repository'
import { searchItems } from './search'

const ONE_UNIT = 1000

export function resolveCode(db: Db, input: ParsedInput<'items.resolve'>): CodeResolution {
  const { code } = input
  if (inputs.barcode.safeParse(code).success) {
    const match = findBarcode(db, code)
    const item = match && getItem(db, match.itemId)
    if (match && item) return { kind: 'barcode', item, qtyMilli: match.qtyMilli, unitName: match.unitName }
  }
  // items.code is COLLATE NOCASE: the exact code, whatever its case, however many items contain it.
  const exact = db.prepare('SELECT id FROM items WHERE code = ?').get(code) as { id: number } | undefined
  const item = exact && getItem(db, exact.id)
  if (item) return { kind: 'code', item, qtyMilli: ONE_UNIT, unitName: null }
  if (input.candidates > 0) {
    const filter = { search: code, includeInactive: false, lowStockOnly: false, sort: 'code', order: 'asc' } as const
    const { rows } = searchItems(db, filter, input.candidates, 0)
    if (rows.length > 0) return { kind: 'candidates', candidates: rows }
  }
  // Checked last: an all-digit item code (20240001) looks like an EAN-8 but was found above.
  return { kind: 'none', badCheckDigit: !checkBarcode(code).ok }
}
