/**
 * The rules of the count sheet (盘点表) that need no screen: parsing a typed count, what a scan means,
 * and the variance of a line. Pure functions, so the tests run them without a browser or a core.
 */
import type { BarcodeMatch, DocType, Stocktake, StocktakeLine } from '@shared/contract'
import { parseQuantity } from '@shared/money'

export type CountProblem = 'format' | 'decimals' | 'negative'

/** A typed count: blank is "not counted yet" (null); 0 is a count (the shelf is empty). */
export function parseCount(
  text: string,
  unitDecimals: number,
): { countedMilli: number | null; problem: CountProblem | null } {
  if (text.trim() === '') return { countedMilli: null, problem: null }
  const value = parseQuantity(text, unitDecimals)
  if (value === null) return { countedMilli: null, problem: parseQuantity(text, 3) === null ? 'format' : 'decimals' }
  if (value < 0) return { countedMilli: null, problem: 'negative' }
  return { countedMilli: value, problem: null }
}

/** counted − book; null while the line is not counted, or on a blind count (the book is hidden). */
export function varianceMilli(bookMilli: number | null, countedMilli: number | null): number | null {
  if (bookMilli === null || countedMilli === null) return null
  return countedMilli - bookMilli
}

export type VarianceKind = 'surplus' | 'shortage' | 'even'

/** Which lines the count sheet shows: all, not counted yet, off the book, or moved since the snapshot. */
export type CountFilter = 'all' | 'uncounted' | 'variance' | 'moved'

/** 盘盈 when more was found than the book says, 盘亏 when less. */
export function varianceKind(variance: number | null): VarianceKind | null {
  if (variance === null) return null
  return variance > 0 ? 'surplus' : variance < 0 ? 'shortage' : 'even'
}

/** A scan adds its pack quantity to the count; an uncounted line starts from 0. */
export function addToCount(countedMilli: number | null, packMilli: number): number {
  return (countedMilli ?? 0) + packMilli
}

export type ScanOutcome =
  /** Add `packMilli` to the line of `itemId` (on the sheet). */
  | { kind: 'count'; itemId: number; packMilli: number; packName: string | null }
  /** A known item that is not on the sheet: ask before adding it (found on the shelf, book 0). */
  | { kind: 'not-on-sheet'; match: BarcodeMatch }
  /** An item on the sheet that has been deactivated is still counted; one off the sheet is not added. */
  | { kind: 'inactive'; match: BarcodeMatch }
  | { kind: 'unknown' }

/**
 * What a scanned code means on this sheet. `match` is the core's item for the code (items.resolve: a
 * barcode with the pack it counts, or an item code on a shelf label, one base unit); null: no item.
 */
export function resolveScan(match: BarcodeMatch | null, lines: readonly Pick<StocktakeLine, 'itemId'>[]): ScanOutcome {
  if (!match) return { kind: 'unknown' }
  if (lines.some((line) => line.itemId === match.item.id))
    return { kind: 'count', itemId: match.item.id, packMilli: match.qtyMilli, packName: match.unitName }
  return match.item.active ? { kind: 'not-on-sheet', match } : { kind: 'inactive', match }
}

export interface CountTally {
  lines: number
  counted: number
  uncounted: number
  surplus: number
  shortage: number
  /** Lines with a variance and no reason: posting would be refused. */
  missingReason: number
}

/** Counts of the sheet's lines, for the header and the 过账 confirmation. */
export function tallyCounts(
  rows: readonly { bookMilli: number | null; countedMilli: number | null; reason: string }[],
): CountTally {
  const tally: CountTally = { lines: rows.length, counted: 0, uncounted: 0, surplus: 0, shortage: 0, missingReason: 0 }
  for (const row of rows) {
    if (row.countedMilli === null) {
      tally.uncounted += 1
      continue
    }
    tally.counted += 1
    const kind = varianceKind(varianceMilli(row.bookMilli, row.countedMilli))
    if (kind === 'surplus') tally.surplus += 1
    if (kind === 'shortage') tally.shortage += 1
    if ((kind === 'surplus' || kind === 'shortage') && row.reason.trim() === '') tally.missingReason += 1
  }
  return tally
}

/**
 * A posted count's lines with the book quantity its posting used. The sheet keeps the snapshot's book,
 * but posting compares the count with the book at that moment, which differs where stock moved during
 * the count; the 盘盈 / 盘亏 documents hold the real differences, so the book is counted − difference.
 */
export function withPostedBook<S extends Stocktake>(
  stocktake: S,
  results: readonly { docType: DocType; lines: readonly { itemId: number; qtyMilli: number }[] }[],
): S {
  const difference = new Map<number, number>()
  for (const doc of results) {
    const sign = doc.docType === 'RK' ? 1 : -1
    for (const line of doc.lines) difference.set(line.itemId, (difference.get(line.itemId) ?? 0) + sign * line.qtyMilli)
  }
  const lines = stocktake.lines.map((line) =>
    line.countedMilli === null ? line : { ...line, bookMilli: line.countedMilli - (difference.get(line.itemId) ?? 0) },
  )
  return { ...stocktake, lines }
}
