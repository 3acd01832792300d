// Where a person lands after signing in: a verifier on the scanner (the door does not wait for menus), other
// staff on their console, everyone else on the home page with their code. Staff are citizens too; both staff
// landings have a button to their own code.
import { STAFF_PAGES } from '@/features/verifier/routes'
import { isStaff } from './roles'

export const CITIZEN_HOME = '/pages/index/index'

export function landingAfterSignIn(roles: readonly string[]): string {
  if (roles.includes('verifier')) return STAFF_PAGES.scan
  if (isStaff(roles)) return STAFF_PAGES.console
  return CITIZEN_HOME
}
