// Who is who in a two-sided grant. One side opened it and named the other by phone number; the other
// side's account stays unknown (null) until that person answers it. These helpers never look anyone up
// by that number for the opener's sake: whatever the opener is told depends on their own grants only.
import type { AccountStore } from '../../ports/account-store'
import type { Grant } from '../../ports/grant-store'
import type { PiiProtector } from '../../ports/pii-protector'

export const DAY_MS = 86400_000

/** Live: active or waiting for an answer, and not past its end. */
export const isLive = (g: Grant, now: number) => (g.state === 'active' || g.state === 'pending') && g.expiresAt > now

/** The account of the side that opened the grant. */
export const openerOf = (g: Grant): string | null => (g.openedBy === 'grantor' ? g.grantorId : g.granteeId)

/** The account of the side that answers it: null until that person has answered (or an auditor confirmed). */
export const answererOf = (g: Grant): string | null => (g.openedBy === 'grantor' ? g.granteeId : g.grantorId)

/** The keyed hashes of the caller's own phone number (none for an account without one, e.g. WeChat only). */
export async function ownPhoneHashes(deps: { accounts: Pick<AccountStore, 'findById'>; pii: Pick<PiiProtector, 'open' | 'lookupHashes'> }, accountId: string): Promise<string[]> {
  const account = await deps.accounts.findById(accountId)
  return account?.phoneEnc ? deps.pii.lookupHashes('phone', deps.pii.open(account.phoneEnc)) : []
}

/** Whether this grant waits for this caller: it names them (once they answered) or their phone number. */
export function waitsFor(g: Grant, accountId: string, phoneHashes: string[]): boolean {
  const answerer = answererOf(g)
  if (answerer !== null) return answerer === accountId && openerOf(g) !== accountId
  return g.phoneHash !== null && phoneHashes.includes(g.phoneHash) && openerOf(g) !== accountId
}
