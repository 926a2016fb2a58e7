import type { Role } from '../../shared/contract'

export const PERMISSIONS = [
  'items.read',
  'items.write',
  'stock.read',
  'stock.write',
  'stock.post',
  'users.manage',
  'settings.write',
  'audit.read',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * The role matrix (also in README). Storekeepers keep the catalogue and the stock documents;
 * purchasers read stock and maintain items; approvers (仓库主管) may post (审核) documents;
 * viewers only read. Users, settings and the audit trail are the administrator's.
 */
const MATRIX: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  storekeeper: ['items.read', 'items.write', 'stock.read', 'stock.write', 'stock.post'],
  purchaser: ['items.read', 'items.write', 'stock.read'],
  approver: ['items.read', 'stock.read', 'stock.post'],
  viewer: ['items.read', 'stock.read'],
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission)
}
