/**
 * One valid input per API method, for the role matrix (role-matrix.test.ts). The router validates
 * input before it checks the role, so each must pass its method's schema (the test checks that);
 * what the method then does with it does not matter. Ids name rows that do not exist, so calls by
 * the permitted roles change next to nothing; dates are the test clock's today (no back-dating).
 * The type lists every method: a new method without a sample does not compile.
 */
import type { Input, MethodName } from '../../electron/shared/contract'
import { ADMIN_PASSWORD } from './helpers'

const NONE = 999_999
const today = '2026-11-26'
const uuid = () => crypto.randomUUID()
const byId = { id: NONE }
const file = { fileName: 'x.xlsx', base64: '' }
const item = { code: 'RM1', name: '角色测试', unit: '个' }
const supplier = { code: 'RS1', name: '角色测试供应商' }
const stockDraft = { warehouseId: 1, businessDate: today, lines: [] }
const requisition = { departmentId: NONE, lines: [{ name: '白板笔', qtyMilli: 1_000 }] }
const order = { supplierId: NONE, warehouseId: 1, lines: [{ itemId: NONE, qtyMilli: 1_000, priceE4: 0 }] }
const purchaseSettings = { approvalThresholdFen: 500_000, secondApprovalThresholdFen: null, overReceiptTolerancePct: 5 }

export const SAMPLES: { [M in MethodName]: () => Input<M> } = {
  'system.status': () => ({}),
  'auth.setup': () => ({ username: 'second', displayName: '第二个管理员', password: 'second-password' }),
  'auth.login': () => ({ username: 'admin', password: ADMIN_PASSWORD }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': () => ({ oldPassword: 'not-the-password', newPassword: 'a-new-password' }),
  'users.list': () => ({}),
  'users.create': () => ({ username: 'newcomer', displayName: '新同事', role: 'viewer', password: 'newcomer-pass' }),
  'users.update': () => ({ id: NONE, active: false }),
  'users.resetPassword': () => ({ id: NONE, password: 'reset-password' }),
  'items.list': () => ({}),
  'items.get': () => byId,
  'items.create': () => item,
  'items.update': () => ({ ...item, id: NONE }),
  'items.findByBarcode': () => ({ barcode: '6901234567892' }),
  'items.delete': () => byId,
  'items.getPhoto': () => byId,
  'items.setPhoto': () => ({ id: NONE, base64: null }),
  'items.generateBarcode': () => ({}),
  'items.importTemplate': () => ({}),
  'items.resolve': () => ({ code: 'NONE-0001' }),
  'items.importCheck': () => file,
  'items.import': () => file,
  'warehouses.list': () => ({}),
  'warehouses.create': () => ({ code: 'RW1', name: '角色测试仓' }),
  'warehouses.update': () => ({ id: NONE, code: 'RW1', name: '角色测试仓' }),
  'locations.list': () => ({}),
  'locations.create': () => ({ warehouseId: 1, code: 'R-01' }),
  'locations.update': () => ({ id: NONE, warehouseId: 1, code: 'R-01' }),
  'categories.list': () => ({}),
  'categories.create': () => ({ name: '角色测试类' }),
  'categories.update': () => ({ id: NONE, name: '角色测试类' }),
  'units.list': () => ({}),
  'units.save': () => ({ name: '盘', decimals: 0 }),
  'suppliers.list': () => ({}),
  'suppliers.get': () => byId,
  'suppliers.create': () => supplier,
  'suppliers.update': () => ({ ...supplier, id: NONE }),
  'suppliers.importTemplate': () => ({}),
  'suppliers.importCheck': () => file,
  'suppliers.import': () => file,
  'departments.list': () => ({}),
  'departments.create': () => ({ code: 'RD1', name: '角色测试部门' }),
  'departments.update': () => ({ id: NONE, code: 'RD1', name: '角色测试部门' }),
  'people.list': () => ({}),
  'people.create': () => ({ departmentId: NONE, name: '测试人' }),
  'people.update': () => ({ id: NONE, departmentId: NONE, name: '测试人' }),
  'stock.createDraft': () => ({ requestId: uuid(), docType: 'RK', ...stockDraft }),
  'stock.updateDraft': () => ({ id: NONE, ...stockDraft }),
  'stock.deleteDraft': () => byId,
  'stock.get': () => byId,
  'stock.list': () => ({}),
  'stock.post': () => byId,
  'stock.reverse': () => ({ id: NONE, requestId: uuid() }),
  'stock.onHand': () => ({}),
  'stock.stocktakeCreate': () => ({ requestId: uuid(), warehouseId: 1 }),
  'stock.stocktakeGet': () => byId,
  'stock.stocktakeCount': () => ({ id: NONE, counts: [{ itemId: NONE, countedMilli: 0 }] }),
  'stock.itemLedger': () => ({ itemId: NONE, warehouseId: 1 }),
  'stock.openingTemplate': () => ({}),
  'stock.openingCheck': () => ({ ...file, businessDate: today }),
  'stock.openingImport': () => ({ ...file, businessDate: today }),
  'settings.get': () => ({}),
  'settings.update': () => ({ orgName: '角色测试学校' }),
  'periods.status': () => ({}),
  'periods.close': () => ({ through: '2026-10-31' }),
  'periods.reopen': () => ({ through: '2026-09-30' }),
  'system.verifyLedger': () => ({}),
  'files.exportTable': () => ({ fileName: '表', sheetName: '表', headers: ['编码'], rows: [] }),
  'exports.start': () => ({ list: 'items', filters: {} }),
  // An unknown job: a session may ask, and is told it does not exist (not refused).
  'exports.next': () => ({ job: '00000000-0000-4000-8000-000000000000' }),
  'audit.list': () => ({}),
  'requisitions.list': () => ({}),
  'requisitions.get': () => byId,
  'requisitions.create': () => ({ requestId: uuid(), ...requisition }),
  'requisitions.update': () => ({ id: NONE, ...requisition }),
  'requisitions.delete': () => byId,
  'requisitions.submit': () => byId,
  'requisitions.approve': () => byId,
  'requisitions.reject': () => ({ id: NONE, comment: '预算不足' }),
  'requisitions.toOrders': () => ({ requestId: uuid(), warehouseId: 1, lines: [{ requisitionId: NONE, lineNo: 1 }] }),
  'orders.list': () => ({}),
  'orders.get': () => byId,
  'orders.findByNo': () => ({ poNo: 'CG20261126-0001' }),
  'orders.create': () => ({ requestId: uuid(), ...order }),
  'orders.update': () => ({ id: NONE, ...order }),
  'orders.delete': () => byId,
  'orders.submit': () => byId,
  'orders.approve': () => byId,
  'orders.reject': () => ({ id: NONE, comment: '价格偏高' }),
  'orders.markSent': () => byId,
  'orders.revise': () => byId,
  'orders.cancel': () => ({ id: NONE, reason: '不再需要' }),
  'orders.shortClose': () => ({ id: NONE, reason: '供应商缺货' }),
  'orders.receive': () => ({ requestId: uuid(), id: NONE, lines: [{ lineNo: 1, acceptedMilli: 1_000 }] }),
  'purchase.priceHistory': () => ({ itemId: NONE }),
  'purchase.reorder': () => ({}),
  'purchase.reorderToOrders': () => ({
    requestId: uuid(),
    warehouseId: 1,
    lines: [{ itemId: NONE, qtyMilli: 1_000, supplierId: NONE }],
  }),
  'purchase.settings': () => ({}),
  'purchase.updateSettings': () => purchaseSettings,
  'purchase.dashboard': () => ({}),
}
