/** Result types of purchasing: 采购申请 (requisitions), 采购订单 (orders), receiving and follow-up. */

/** draft → submitted → approved / rejected; approved → ordered (every line on an order) → done (received). */
export const REQUISITION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'ordered', 'done'] as const
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number]

export interface RequisitionLine {
  lineNo: number
  /** null for a free-text line (something not yet in the catalogue). */
  itemId: number | null
  itemCode: string | null
  name: string
  spec: string
  unit: string
  qtyMilli: number
  /** How much of it is on purchase orders (base units). */
  orderedMilli: number
  note: string
}

export interface RequisitionSummary {
  id: number
  reqNo: string
  status: RequisitionStatus
  departmentId: number
  departmentName: string
  neededBy: string | null
  reason: string
  note: string
  requestedById: number
  requestedBy: string
  createdAt: string
  submittedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  decisionComment: string
  lineCount: number
}

export interface Requisition extends RequisitionSummary {
  lines: RequisitionLine[]
}

/**
 * draft → pending (total at or above the approval threshold) → approved → sent → partial → received;
 * or closed (short-closed with a reason) or cancelled (only while nothing was received).
 */
export const PO_STATUSES = [
  'draft',
  'pending',
  'approved',
  'sent',
  'partial',
  'received',
  'closed',
  'cancelled',
] as const
export type PoStatus = (typeof PO_STATUSES)[number]

export interface PoLine {
  lineNo: number
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  /** The item's base unit and its decimals. */
  unit: string
  unitDecimals: number
  /** The purchase unit (a pack unit of the item), or null for the base unit. */
  packName: string | null
  /** Base-unit thousandths in one purchase unit (1000 for the base unit). */
  packRatioMilli: number
  /** Ordered, in purchase-unit thousandths. */
  qtyMilli: number
  /** Ordered, in base-unit thousandths (qtyMilli × ratio / 1000, exact). */
  baseQtyMilli: number
  /** Price per purchase unit, 1/10000 元, tax included. */
  priceE4: number
  amountFen: number
  /** 税率 in basis points (1300 = 13%), or null. */
  taxRateBp: number | null
  /** Accepted so far by posted receipts (base units). */
  receivedMilli: number
  rejectedMilli: number
  /** Set when the line was short-closed. */
  closedReason: string | null
  sources: { requisitionId: number; reqNo: string; lineNo: number; qtyMilli: number }[]
}

export interface PoApproval {
  userId: number
  userName: string
  at: string
  revision: number
  comment: string
}

export interface PoSummary {
  id: number
  poNo: string
  status: PoStatus
  revision: number
  supplierId: number
  supplierName: string
  warehouseId: number
  warehouseName: string
  expectedDate: string | null
  paymentTerms: string
  deliveryTerms: string
  note: string
  totalFen: number
  createdById: number
  createdBy: string
  createdAt: string
  sentAt: string | null
  closedReason: string | null
  /** Past its expected date and not fully received. */
  overdue: boolean
  /** Approvals this revision needs (0, 1 or 2) and has. */
  approvalsNeeded: number
  approvals: PoApproval[]
}

export interface PurchaseOrder extends PoSummary {
  lines: PoLine[]
  receipts: { id: number; docNo: string | null; businessDate: string; reversed: boolean }[]
}

export interface PriceHistoryRow {
  supplierId: number
  supplierName: string
  poId: number
  poNo: string
  date: string
  packName: string | null
  /** Per purchase unit, and per base unit (1/10000 元). */
  priceE4: number
  basePriceE4: number
}

export interface ReorderSuggestion {
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  warehouseId: number
  warehouseName: string
  onHandMilli: number
  onOrderMilli: number
  minMilli: number
  maxMilli: number | null
  /** max − on hand − on order (or min − … when no max is set), never below 0. */
  suggestedMilli: number
  supplierId: number | null
  supplierName: string | null
  lastPriceE4: number | null
}

export interface PurchaseSettings {
  /** Orders with a total at or above this (分) need an approval; 0: every order. */
  approvalThresholdFen: number
  /** At or above this, two different approvers; null: never. */
  secondApprovalThresholdFen: number | null
  /** Over-receipt allowed without the permission, in percent of the ordered quantity. */
  overReceiptTolerancePct: number
}

export interface Dashboard {
  awaitingMyApproval: number
  overdueOrders: number
  lowStock: number
  myDrafts: number
}

/** What the calling user may do to a purchase order now, as the core decides it. */
export const ORDER_ACTIONS = [
  'edit',
  'submit',
  'delete',
  'approve',
  'reject',
  'markSent',
  'revise',
  'receive',
  'shortClose',
  'cancel',
] as const
export type OrderAction = (typeof ORDER_ACTIONS)[number]
export type PurchaseOrderView = PurchaseOrder & { actions: OrderAction[] }

/** What the calling user may do to a requisition now; order: 集中采购 into draft orders. */
export const REQUISITION_ACTIONS = ['edit', 'submit', 'delete', 'approve', 'reject', 'order'] as const
export type RequisitionAction = (typeof REQUISITION_ACTIONS)[number]
export type RequisitionView = Requisition & { actions: RequisitionAction[] }
export type RequisitionRow = RequisitionSummary & { actions: RequisitionAction[] }
