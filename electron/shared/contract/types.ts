/** Result types of the API: what the core returns and the renderer shows. */
export const ROLES = ['admin', 'storekeeper', 'purchaser', 'approver', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export interface User {
  id: number
  username: string
  displayName: string
  role: Role
  active: boolean
  createdAt: string
}

export interface Session {
  token: string
  user: User
}

export interface SystemStatus {
  setupRequired: boolean
  version: string
  orgName: string
}

export interface Page<T> {
  rows: T[]
  total: number
  page: number
  pageSize: number
}

export interface PackUnit {
  name: string
  /** Base-unit thousandths in one pack: 1 箱 = 12 个 → 12000. */
  qtyMilli: number
  barcodes: string[]
}

export interface StockLimit {
  warehouseId: number
  minMilli: number
  maxMilli: number | null
}

export interface Item {
  id: number
  code: string
  name: string
  spec: string
  unit: string
  /** Decimals a quantity of this unit may have: 0 for 个, 3 for kg. */
  unitDecimals: number
  refPriceE4: number
  barcodes: string[]
  packUnits: PackUnit[]
  categoryId: number | null
  stockLimits: StockLimit[]
  defaultSupplierId: number | null
  defaultLocationId: number | null
  notes: string
  /** 允许负库存 (set by an administrator). */
  allowNegative: boolean
  active: boolean
}

export interface ItemListRow extends Item {
  onHandMilli: number
  categoryName: string
  /** Below its minimum in at least one warehouse. */
  lowStock: boolean
}

export interface ItemPhoto {
  mime: 'image/jpeg' | 'image/png' | 'image/webp'
  base64: string
}

/** An .xlsx file travelling through the JSON API. */
export interface FileData {
  fileName: string
  base64: string
}

export interface ImportIssue {
  /** 1-based row number as Excel shows it. */
  row: number
  column: string
  message: string
}

export interface ImportReport {
  ok: boolean
  rowCount: number
  issues: ImportIssue[]
  /** The first rows as read, for the preview table. */
  preview: Record<string, string>[]
  imported: number
}

/** What a scanned barcode means: an item and how many base-unit thousandths one scan counts. */
export interface BarcodeMatch {
  item: Item
  barcode: string
  qtyMilli: number
  /** The pack unit the barcode is printed on, or null for the base unit. */
  unitName: string | null
}

export interface Warehouse {
  id: number
  code: string
  name: string
  active: boolean
}

/** 入库单 stock-in, 出库单 stock-out, 调拨单 transfer, 盘点单 stocktake. */
export const DOC_TYPES = ['RK', 'CK', 'DB', 'PD'] as const
export type DocType = (typeof DOC_TYPES)[number]
/**
 * RK: other 其他入库, purchase 采购入库 (against an order), opening 期初, return_in 退库 (from a department),
 * surplus 盘盈;
 * CK: issue 领用 (to a department), return_supplier 退货, scrap 报损, shortage 盘亏;
 * DB: transfer 调拨; PD: stocktake 盘点.
 */
export const DOC_SUBTYPES = [
  'other',
  'purchase',
  'opening',
  'return_in',
  'surplus',
  'issue',
  'return_supplier',
  'scrap',
  'shortage',
  'transfer',
  'stocktake',
] as const
export type DocSubtype = (typeof DOC_SUBTYPES)[number]
export const SUBTYPES_OF: Record<DocType, readonly DocSubtype[]> = {
  RK: ['other', 'purchase', 'opening', 'return_in', 'surplus'],
  CK: ['issue', 'return_supplier', 'scrap', 'shortage'],
  DB: ['transfer'],
  PD: ['stocktake'],
}
export type DocStatus = 'draft' | 'posted'

export interface StockLine {
  lineNo: number
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  qtyMilli: number
  priceE4: number
  amountFen: number
}

export interface StockDocumentSummary {
  id: number
  docType: DocType
  subtype: DocSubtype
  docNo: string | null
  status: DocStatus
  businessDate: string
  warehouseId: number
  warehouseName: string
  departmentId: number | null
  departmentName: string | null
  personId: number | null
  personName: string | null
  supplierId: number | null
  supplierName: string | null
  /** 调拨单: the receiving warehouse. */
  toWarehouseId: number | null
  toWarehouseName: string | null
  /** 盘盈 / 盘亏 documents name the stocktake (盘点单) that posted them. */
  sourceId: number | null
  sourceNo: string | null
  reason: string
  /** 红冲: the document this one reverses, and the reversal of this one. */
  reversesId: number | null
  reversesNo: string | null
  reversedById: number | null
  reversedByNo: string | null
  note: string
  totalQtyMilli: number
  totalFen: number
  createdBy: string
  createdAt: string
  postedBy: string | null
  postedAt: string | null
}

export interface StockDocument extends StockDocumentSummary {
  lines: StockLine[]
}

export interface OnHandRow {
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  categoryName: string | null
  locationName: string | null
  warehouseId: number
  warehouseName: string
  qtyMilli: number
  valueFen: number
  /** The item's limits in this warehouse (0 / null when none is set); low when qty < min. */
  minMilli: number
  maxMilli: number | null
  low: boolean
}

export interface Settings {
  orgName: string
  /** Document number prefixes per type, e.g. { RK: 'RK', CK: 'CK', DB: 'DB', PD: 'PD' }. */
  docPrefixes: Record<DocType, string>
}

export interface AuditEntry {
  id: number
  at: string
  username: string
  method: string
  target: string
  summary: string
}

/**
 * What a typed or scanned code means (items.resolve), in this order: an item's or pack unit's barcode
 * (qtyMilli: what one scan counts; unitName: the pack unit), else an exact item code (one base unit),
 * else up to N items whose code, name, 规格, 拼音首字母 or barcode contain the text (active ones only),
 * else nothing — badCheckDigit when the code is an EAN/UPC with a wrong check digit (a misread).
 * A found item may be inactive: the screen decides (an editor refuses it, the ledger shows it).
 */
export type CodeResolution =
  | { kind: 'barcode' | 'code'; item: Item; qtyMilli: number; unitName: string | null }
  | { kind: 'candidates'; candidates: ItemListRow[] }
  | { kind: 'none'; badCheckDigit: boolean }

/**
 * What the calling user may do to a document now, as the core decides it (electron/core/actions.ts).
 * The screens show buttons from this list only. edit: 修改草稿; count: 录入实盘数 (盘点单).
 */
export const STOCK_ACTIONS = ['edit', 'count', 'post', 'delete', 'reverse'] as const
export type StockAction = (typeof STOCK_ACTIONS)[number]

/** A stock document with what the caller may do to it. */
export type StockDocumentView = StockDocument & { actions: StockAction[] }
