// What each staff role may do to other people, and so which changes to a staff account need a second
// admin's approval (docs/dual-control.md). Whoever can create staff can create their own second
// approver; so every grant of a power over people's data or status waits for a second, independent
// admin, and a role joins this rule by listing its powers here (the Record makes a new role list them).
import type { StaffRole } from '../api/vocabulary'

export type StaffPower =
  | 'verify-codes' // sees the masked name and status on a scanned code
  | 'read-personal-data' // evidence, attachments, records exports
  | 'change-status' // requests and approves manual status changes
  | 'manage-staff' // creates and changes staff accounts, approves others' requests
  | 'import-data' // uploads and approves data imports that change statuses

export const STAFF_POWERS: Record<StaffRole, readonly StaffPower[]> = {
  verifier: ['verify-codes'],
  auditor: ['read-personal-data', 'change-status'],
  admin: ['manage-staff', 'import-data', 'read-personal-data']
}

/** A staff account's state as far as power goes: its role, and whether it is active. */
export interface PowerState {
  role: StaffRole
  status: 'active' | 'disabled' | 'pending'
}

/**
 * Whether going from `from` (null: no staff account yet) to `to` gives the person a power they do not
 * hold now: creating, re-enabling, or changing to a role with any power the current role lacks. Such a
 * change waits for a second admin; one that only takes power away (disabling, a role whose powers are
 * all held already) takes effect at once.
 */
export function grantsPower(from: PowerState | null, to: PowerState): boolean {
  if (to.status !== 'active') return false
  const wanted = STAFF_POWERS[to.role]
  if (wanted.length === 0) return false
  if (!from || from.status !== 'active') return true
  const held = STAFF_POWERS[from.role]
  return wanted.some(p => !held.includes(p))
}
