import { ROLES, type Role } from '@shared/contract'
import { can, type Permission } from '@shared/permissions'

export type { Permission }

/** Hides buttons a user could not use anyway; the core enforces the real rules on every call. */
export function roleCan(role: Role | undefined, permission: Permission): boolean {
  return role ? can(role, permission) : false
}

/** The roles that have a permission, for a route's `roles` (e.g. 采购验收: purchase.receive). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission))
}
