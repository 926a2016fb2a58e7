import type { DocType } from '@shared/contract'

/**
 * The print page's addresses: all show the same page, which picks the sheet by the document's type;
 * the kind only names the desktop's PDF file (入库单-12.pdf, 盘点表-7.pdf).
 */
export type PrintKind = 'document' | 'stock-in' | 'stock-out' | 'transfer' | 'stocktake'
const KIND_OF: Record<DocType, PrintKind> = { RK: 'stock-in', CK: 'stock-out', DB: 'transfer', PD: 'stocktake' }
export const printKindOf = (docType: DocType): PrintKind => KIND_OF[docType]
export const printRoute = (id: number, kind: PrintKind = 'document'): string => `/print/${kind}/${id}`

/**
 * Opens the print preview of a document in a new window. In a browser, window.open copies this tab's
 * sessionStorage, so the new tab is signed in. The desktop app allows window.open for print routes
 * only, and the new window gets the session through the URL, like the hidden print window does.
 */
export function openPrintPreview(id: number, token: string | null, kind: PrintKind = 'stock-in'): void {
  const route = printRoute(id, kind)
  const query = window.waredesk && token ? `?token=${encodeURIComponent(token)}` : ''
  window.open(`#${route}${query}`, '_blank')
}

/** The print page of a stock document of any type (入库单, 出库单, 调拨单). */
export const documentPrintRoute = (id: number): string => `/print/document/${id}`

/** Opens the print preview of any stock document, as openPrintPreview does for a stock-in. */
export function openDocumentPrint(id: number, token: string | null): void {
  const query = window.waredesk && token ? `?token=${encodeURIComponent(token)}` : ''
  window.open(`#${documentPrintRoute(id)}${query}`, '_blank')
}

/** The print page of a 采购订单 or 采购申请单; the kind also names the desktop's PDF (采购订单-3.pdf). */
export const purchasePrintRoute = (kind: 'order' | 'requisition', id: number): string => `/print/${kind}/${id}`

/** Opens the print preview of a purchase order or requisition, as openPrintPreview does for a document. */
export function openPurchasePrint(kind: 'order' | 'requisition', id: number, token: string | null): void {
  const query = window.waredesk && token ? `?token=${encodeURIComponent(token)}` : ''
  window.open(`#${purchasePrintRoute(kind, id)}${query}`, '_blank')
}
