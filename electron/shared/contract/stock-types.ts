/** Result types of the stocktake (盘点) and item-ledger (明细账) methods. */
import type { DocSubtype, DocType, StockAction, StockDocumentSummary } from './types'

export interface StocktakeLine {
  lineNo: number
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  barcode: string | null
  locationName: string | null
  /** The book quantity when the snapshot was taken; null on a blind count that is not posted yet. */
  bookMilli: number | null
  /** True when stock of this item moved in this warehouse after the snapshot (recount it). */
  movedSinceSnapshot: boolean
  /** null until counted. */
  countedMilli: number | null
  reason: string
}

export interface Stocktake extends StockDocumentSummary {
  blind: boolean
  categoryId: number | null
  categoryName: string | null
  locationId: number | null
  locationName: string | null
  lines: StocktakeLine[]
  /** The 盘盈 (RK) and 盘亏 (CK) documents its posting wrote, once posted. */
  results: { id: number; docType: DocType; docNo: string | null }[]
}

export interface LedgerEntry {
  movementId: number
  businessDate: string
  documentId: number
  docNo: string | null
  docType: DocType
  subtype: DocSubtype
  /** Department, supplier or other warehouse the goods came from or went to. */
  party: string | null
  /** True for a movement cancelled by a 红冲, and for the reversal itself. */
  reversal: boolean
  qtyDelta: number
  valueFen: number
  runQty: number
  runValue: number
  /** Moving average per base unit after the movement, in 1/10000 元; null at zero quantity. */
  avgPriceE4: number | null
}

export interface ItemLedger {
  itemId: number
  warehouseId: number
  /** The balance before dateFrom (期初结存). */
  opening: { qtyMilli: number; valueFen: number }
  rows: LedgerEntry[]
  total: number
  page: number
  pageSize: number
}

export type { StockDocumentSummary }

/** A 盘点单 with what the caller may do to it (count, post, delete). */
export type StocktakeView = Stocktake & { actions: StockAction[] }
