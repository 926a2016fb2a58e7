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
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * The role matrix (also in README). Everyone reads master data. Storekeepers keep the catalogue,
 * departments and people, and the stock documents; purchasers keep the catalogue and the suppliers;
 * approvers (仓库主管) may post (审核) documents, also back-dated ones; viewers only read. Users, warehouses,
 * settings, month close and the audit trail are the administrator's.
 */
const MATRIX: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  storekeeper: ['master.read', 'items.write', 'org.write', 'stock.read', 'stock.write', 'stock.post'],
  purchaser: ['master.read', 'items.write', 'suppliers.write', 'stock.read'],
  approver: ['master.read', 'stock.read', 'stock.post', 'stock.backdate'],
  viewer: ['master.read', 'stock.read'],
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission)
}
