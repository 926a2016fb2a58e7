import type { Role } from '@shared/contract'
import { can, type Permission } from '@shared/permissions'

export type { Permission }

/** Hides buttons a user could not use anyway; the core enforces the real rules on every call. */
export function roleCan(role: Role | undefined, permission: Permission): boolean {
  return role ? can(role, permission) : false
}
