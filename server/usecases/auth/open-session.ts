// Opens a signed, expiring, revocable session and describes the account to its owner.
import type { AccountView, SessionResult } from '@core/api/contract/auth'
import type { Store } from '../../ports/store'
import type { AccountStore } from '../../ports/account-store'
import type { StaffStore } from '../../ports/staff-store'
import type { SessionTokens } from '../../ports/session-tokens'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { maskPhone } from '@core/identity/masking'
import { newId } from '../../kernel/ids'
import type { Platform } from '../actor'

/** The account as its owner sees it: a disabled staff account shows as a citizen only. */
export async function describeAccount(store: { accounts: Pick<AccountStore, 'findById'>; staff: Pick<StaffStore, 'find'> }, pii: Pick<PiiProtector, 'open'>, accountId: string): Promise<AccountView> {
  const account = await store.accounts.findById(accountId)
  const staff = await store.staff.find(accountId)
  const active = staff && staff.status === 'active' ? staff : null
  return {
    id: accountId,
    roles: active ? ['citizen', active.role] : ['citizen'],
    region: active?.region ?? null,
    pointId: active?.pointId ?? null,
    displayName: active?.displayName ?? null,
    phoneMasked: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null
  }
}

/** Not a function's use case: the sign-in use cases end with it, inside their transaction. */
export class OpenSession {
  constructor(private readonly deps: { tokens: SessionTokens; pii: PiiProtector; clock: Clock; ttl: { citizenSeconds: number; staffSeconds: number } }) {}

  async execute(store: Store, accountId: string, platform: Platform): Promise<SessionResult> {
    const { tokens, clock, ttl } = this.deps
    const now = clock.now()
    const staff = await store.staff.find(accountId)
    const seconds = staff && staff.status === 'active' ? ttl.staffSeconds : ttl.citizenSeconds
    const session = { id: newId(), accountId, platform, createdAt: now, expiresAt: now + seconds * 1000, revokedAt: null }
    await store.sessions.insert(session)
    return {
      token: tokens.sign({ sessionId: session.id, accountId, expiresAt: session.expiresAt }),
      expiresAt: session.expiresAt,
      account: await describeAccount(store, this.deps.pii, accountId)
    }
  }
}
