// What the staff pages read off the signed-in account (the host's AccountView).
import type { AccountView } from '@core/api/contract/auth'

export function pointOf(account: AccountView | null): string | null {
  return account?.pointId ?? null
}

export function hasRole(account: AccountView | null, role: string): boolean {
  return !!account && account.roles.includes(role)
}
