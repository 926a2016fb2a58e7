import type { Role } from './contract'

export const PERMISSIONS = [
  'master.read',
  'items.write',
  'suppliers.write',
  'org.write',
  'warehouses.write',
  'stock.read',
  'stock.write',
  'stock.post',
  'stock.backdate',
  'period.close',
  'users.manage',
  'settings.write',
  'audit.read',
  'purchase.read',
  /** 采购申请: ask for goods on behalf of a department. */
  'purchase.request',
  /** 采购订单: turn requests into orders, send, revise, cancel, short-close. */
  'purchase.order',
  /** Approve or reject requests and orders — never one's own. */
  'purchase.approve',
  /** 采购入库: receive against an order. */
  'purchase.receive',
  /** Receive beyond the over-receipt tolerance. */
  'purchase.overReceive',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * The role matrix (also in README). Everyone reads master data. Storekeepers keep the catalogue,
 * departments and people, and the stock documents; purchasers keep the catalogue and the suppliers;
 * approvers (仓库主管) may post (审核) documents, also back-dated ones; viewers only read. Users, warehouses,
 * settings, month close and the audit trail are the administrator's.
 * Purchasing separates duties: purchasers order but cannot receive; storekeepers receive but cannot set
 * prices or ordered quantities; approvers approve (never what they created themselves — checked in the
 * core for every role, the administrator included).
 */
const MATRIX: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  storekeeper: [
    'master.read',
    'items.write',
    'org.write',
    'stock.read',
    'stock.write',
    'stock.post',
    'purchase.read',
    'purchase.request',
    'purchase.receive',
  ],
  purchaser: [
    'master.read',
    'items.write',
    'suppliers.write',
    'stock.read',
    'purchase.read',
    'purchase.request',
    'purchase.order',
  ],
  approver: [
    'master.read',
    'stock.read',
    'stock.post',
    'stock.backdate',
    'purchase.read',
    'purchase.request',
    'purchase.approve',
    'purchase.receive',
    'purchase.overReceive',
  ],
  viewer: ['master.read', 'stock.read', 'purchase.read'],
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission)
}
