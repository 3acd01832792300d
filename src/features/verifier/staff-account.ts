// The session's account as the host describes staff: auth-session also sends the collection point
// and display name, which the shared Account type leaves out.
import type { Account } from '@/services/session'

export interface StaffAccount extends Account {
  pointId?: string | null
  displayName?: string | null
}

export function pointOf(account: Account | null): string | null {
  return (account as StaffAccount | null)?.pointId ?? null
}

export function hasRole(account: Account | null, role: string): boolean {
  return !!account && account.roles.includes(role)
}
