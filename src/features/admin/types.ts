// What the admin pages offer of their own; the functions' inputs and answers are typed by the contracts
// (@core/api/contract/staff, points, verifier, imports, rules).
import { STAFF_ROLES, type StaffRole } from '@core/api/vocabulary'

/** The roles an admin may give, in the order the forms offer them. */
export const STAFF_ROLE_CHOICES: readonly StaffRole[] = STAFF_ROLES
