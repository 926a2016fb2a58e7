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
  active: boolean
}

export interface ItemListRow extends Item {
  onHandMilli: number
}

/** What a scanned barcode means: an item and how many base-unit thousandths one scan counts. */
export interface BarcodeMatch {
  item: Item
  barcode: string
  qtyMilli: number
}

export interface Warehouse {
  id: number
  code: string
  name: string
  active: boolean
}

export type DocType = 'RK'
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
  docNo: string | null
  status: DocStatus
  businessDate: string
  warehouseId: number
  warehouseName: string
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
  warehouseId: number
  warehouseName: string
  qtyMilli: number
  valueFen: number
}

export interface Settings {
  orgName: string
}

export interface AuditEntry {
  id: number
  at: string
  username: string
  method: string
  target: string
  summary: string
}
