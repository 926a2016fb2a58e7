import type { Role } from '@shared/contract'

/**
 * What each role may do, mirrored from the core's matrix (electron/core/auth/permissions.ts) only to
 * hide buttons a user could not use anyway. The core enforces the real rules on every call.
 */
export type Permission = 'items.write' | 'stock.write' | 'stock.post' | 'users.manage' | 'settings.write'

const MATRIX: Record<Role, readonly Permission[]> = {
  admin: ['items.write', 'stock.write', 'stock.post', 'users.manage', 'settings.write'],
  storekeeper: ['items.write', 'stock.write', 'stock.post'],
  purchaser: ['items.write'],
  approver: ['stock.post'],
  viewer: [],
}

export function roleCan(role: Role | undefined, permission: Permission): boolean {
  return role ? MATRIX[role].includes(permission) : false
}
