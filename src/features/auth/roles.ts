import type { MessageKey } from '@/i18n'

/** Roles that open the staff sub-package (verifier, auditor, admin features live there). */
export const STAFF_ROLES = ['verifier', 'auditor', 'admin', 'health_worker'] as const

export function isStaff(roles: readonly string[]): boolean {
  return roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r))
}

const KNOWN = ['citizen', 'verifier', 'auditor', 'admin', 'health_worker', 'enterprise_admin']

/** Catalog key for a role, or null for a role this build does not know (shown raw). */
export function roleKey(role: string): MessageKey | null {
  return KNOWN.includes(role) ? (`role.${role}` as MessageKey) : null
}
