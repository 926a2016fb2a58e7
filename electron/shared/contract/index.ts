/**
 * The typed API: one table from method name to its input schema and result type.
 * The core's router implements exactly these methods; the renderer's `api` client calls them.
 */
import type { z } from 'zod'
import * as exporting from './export-inputs'
import * as input from './inputs'
import * as master from './master-inputs'
import type * as M from './master-types'
import * as purchase from './purchase-inputs'
import type * as P from './purchase-types'
import * as stock from './stock-inputs'
import type * as S from './stock-types'
import type * as T from './types'

/** A contract entry: the input schema, and the result type carried as a phantom. */
interface Method<I extends z.ZodType, O> {
  input: I
  output?: O
}
const method =
  <O>() =>
  <I extends z.ZodType>(schema: I): Method<I, O> => ({ input: schema })

export const contract = {
  'system.status': method<T.SystemStatus>()(input.empty),
  'auth.setup': method<T.Session>()(input.setupInput),
  'auth.login': method<T.Session>()(input.loginInput),
  'auth.logout': method<{ ok: true }>()(input.empty),
  'auth.me': method<T.User>()(input.empty),
  'auth.changePassword': method<{ ok: true }>()(input.changePasswordInput),
  'users.list': method<T.User[]>()(input.empty),
  'users.create': method<T.User>()(input.userCreateInput),
  'users.update': method<T.User>()(input.userUpdateInput),
  'users.resetPassword': method<{ ok: true }>()(input.userResetPasswordInput),
  'items.list': method<T.Page<T.ItemListRow>>()(input.itemListInput),
  'items.get': method<T.Item>()(input.byId),
  'items.create': method<T.Item>()(input.itemCreateInput),
  'items.update': method<T.Item>()(input.itemUpdateInput),
  'items.findByBarcode': method<T.BarcodeMatch | null>()(input.barcodeInput),
  'items.delete': method<{ ok: true }>()(input.byId),
  'items.getPhoto': method<T.ItemPhoto | null>()(input.byId),
  /** base64 null removes the photo. */
  'items.setPhoto': method<{ ok: true }>()(input.itemPhotoInput),
  'items.generateBarcode': method<{ barcode: string }>()(input.empty),
  'items.importTemplate': method<T.FileData>()(input.empty),
  'items.importCheck': method<T.ImportReport>()(input.fileInput),
  'items.import': method<T.ImportReport>()(input.fileInput),
  'warehouses.list': method<T.Warehouse[]>()(input.empty),
  'warehouses.create': method<T.Warehouse>()(master.warehouseFields),
  'warehouses.update': method<T.Warehouse>()(master.warehouseUpdateInput),
  'locations.list': method<M.Location[]>()(master.locationListInput),
  'locations.create': method<M.Location>()(master.locationFields),
  'locations.update': method<M.Location>()(master.locationUpdateInput),
  'categories.list': method<M.Category[]>()(input.empty),
  'categories.create': method<M.Category>()(master.categoryFields),
  'categories.update': method<M.Category>()(master.categoryUpdateInput),
  'units.list': method<M.Unit[]>()(input.empty),
  'units.save': method<M.Unit>()(master.unitInput),
  'suppliers.list': method<T.Page<M.SupplierListRow>>()(master.supplierListInput),
  'suppliers.get': method<M.Supplier>()(input.byId),
  'suppliers.create': method<M.Supplier>()(master.supplierCreateInput),
  'suppliers.update': method<M.Supplier>()(master.supplierUpdateInput),
  'suppliers.importTemplate': method<T.FileData>()(input.empty),
  'suppliers.importCheck': method<T.ImportReport>()(input.fileInput),
  'suppliers.import': method<T.ImportReport>()(input.fileInput),
  'departments.list': method<M.Department[]>()(input.empty),
  'departments.create': method<M.Department>()(master.departmentFields),
  'departments.update': method<M.Department>()(master.departmentUpdateInput),
  'people.list': method<M.Person[]>()(master.peopleListInput),
  'people.create': method<M.Person>()(master.personFields),
  'people.update': method<M.Person>()(master.personUpdateInput),
  'stock.createDraft': method<T.StockDocumentView>()(input.stockCreateInput),
  'stock.updateDraft': method<T.StockDocumentView>()(input.stockUpdateInput),
  'stock.deleteDraft': method<{ ok: true }>()(input.byId),
  'stock.get': method<T.StockDocumentView>()(input.byId),
  'stock.list': method<T.Page<T.StockDocumentSummary>>()(input.stockListInput),
  'stock.post': method<T.StockDocumentView>()(input.byId),
  /** 红冲: posts a reversal of a posted document, dated on its business date; idempotent. */
  'stock.reverse': method<T.StockDocumentView>()(input.reverseInput),
  'stock.onHand': method<T.Page<T.OnHandRow>>()(input.onHandInput),
  /** 盘点: snapshot the book quantities of a warehouse (or a category / location of it) into a draft. */
  'stock.stocktakeCreate': method<S.StocktakeView>()(stock.stocktakeCreateInput),
  'stock.stocktakeGet': method<S.StocktakeView>()(input.byId),
  'stock.stocktakeCount': method<S.StocktakeView>()(stock.stocktakeCountInput),
  /** 明细账: one item's movements in one warehouse with the running balance and average cost. */
  'stock.itemLedger': method<S.ItemLedger>()(stock.itemLedgerInput),
  'stock.openingTemplate': method<T.FileData>()(input.empty),
  'stock.openingCheck': method<T.ImportReport>()(input.openingImportInput),
  'stock.openingImport': method<T.ImportReport & { documentIds: number[] }>()(input.openingImportInput),
  'settings.get': method<T.Settings>()(input.empty),
  'settings.update': method<T.Settings>()(input.settingsUpdateInput),
  /** 期末结账: nothing can be posted on or before the closed date. */
  'periods.status': method<{ closedThrough: string | null }>()(input.empty),
  'periods.close': method<{ closedThrough: string | null }>()(input.periodCloseInput),
  /** An admin moves the closed date back (reopens), audited. */
  'periods.reopen': method<{ closedThrough: string | null }>()(input.periodCloseInput),
  'system.verifyLedger': method<{ ok: boolean; problems: string[] }>()(input.empty),
  'files.exportTable': method<T.FileData>()(input.tableExportInput),
  'audit.list': method<T.Page<T.AuditEntry>>()(input.auditListInput),
  'requisitions.list': method<T.Page<P.RequisitionRow>>()(purchase.requisitionListInput),
  'requisitions.get': method<P.RequisitionView>()(input.byId),
  'requisitions.create': method<P.RequisitionView>()(purchase.requisitionCreateInput),
  'requisitions.update': method<P.RequisitionView>()(purchase.requisitionUpdateInput),
  'requisitions.delete': method<{ ok: true }>()(input.byId),
  'requisitions.submit': method<P.RequisitionView>()(input.byId),
  'requisitions.approve': method<P.RequisitionView>()(purchase.decisionInput),
  'requisitions.reject': method<P.RequisitionView>()(purchase.rejectInput),
  /** 集中采购: returns the draft orders made, one per supplier. */
  'requisitions.toOrders': method<P.PoSummary[]>()(purchase.requisitionsToOrdersInput),
  'orders.list': method<T.Page<P.PoSummary>>()(purchase.poListInput),
  'orders.get': method<P.PurchaseOrderView>()(input.byId),
  /** The order a scanned order-number barcode names. */
  'orders.findByNo': method<P.PurchaseOrderView | null>()(purchase.poByNoInput),
  'orders.create': method<P.PurchaseOrderView>()(purchase.poCreateInput),
  'orders.update': method<P.PurchaseOrderView>()(purchase.poUpdateInput),
  'orders.delete': method<{ ok: true }>()(input.byId),
  /** Below the threshold an order is approved at once; at or above it waits for approval. */
  'orders.submit': method<P.PurchaseOrderView>()(input.byId),
  'orders.approve': method<P.PurchaseOrderView>()(purchase.decisionInput),
  /** Back to draft with the approver's comment. */
  'orders.reject': method<P.PurchaseOrderView>()(purchase.rejectInput),
  'orders.markSent': method<P.PurchaseOrderView>()(input.byId),
  /** An approved or sent order with nothing received becomes a draft of its next revision. */
  'orders.revise': method<P.PurchaseOrderView>()(input.byId),
  'orders.cancel': method<P.PurchaseOrderView>()(purchase.poCancelInput),
  'orders.shortClose': method<P.PurchaseOrderView>()(purchase.poCloseInput),
  /** 验收: posts a 采购入库 stock-in valued at the order price; returns the order after it. */
  'orders.receive': method<{ order: P.PurchaseOrderView; receiptId: number; receiptNo: string }>()(
    purchase.poReceiveInput,
  ),
  'purchase.priceHistory': method<P.PriceHistoryRow[]>()(purchase.priceHistoryInput),
  'purchase.reorder': method<P.ReorderSuggestion[]>()(purchase.reorderInput),
  'purchase.reorderToOrders': method<P.PoSummary[]>()(purchase.reorderToOrdersInput),
  'purchase.settings': method<P.PurchaseSettings>()(input.empty),
  'purchase.updateSettings': method<P.PurchaseSettings>()(purchase.purchaseSettingsInput),
  'purchase.dashboard': method<P.Dashboard>()(input.empty),
  /** Starts an export of a whole list under its filters, with the permission of reading that list. */
  'exports.start': method<exporting.ExportJob>()(exporting.exportStartInput),
  /** Writes the next rows of an export; call until `file` comes back. */
  'exports.next': method<exporting.ExportProgress>()(exporting.exportJobInput),
  /** A typed or scanned code → barcode, else exact item code, else candidates; one round trip. */
  'items.resolve': method<T.CodeResolution>()(input.resolveCodeInput),
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
/** What a caller sends (defaults may be omitted). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
/** What a handler receives (defaults filled in). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Exclude<Contract[M]['output'], undefined>

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name)

export * from './types'
export type * from './stock-types'
export * from './purchase-types'
export * from './master-types'
export * from './export-inputs'
export * as inputs from './inputs'
export * as masterInputs from './master-inputs'
export { textLimit } from './text-limit'
export * as stockInputs from './stock-inputs'
export * as purchaseInputs from './purchase-inputs'
