// Ending a grant: revoked by either party (an opener withdrawing an offer or request not yet answered is a
// revocation too), or expired. A phone that held the holder's code is revoked with one entry, not the
// holder's own phone. Ending an ended grant changes nothing. The person a grant waits for is not yet a
// party: they decline it instead (grant-decline).
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Grant } from '../../ports/grant-store'
import type { Actor } from '../actor'
import { revokeHolder } from '../credential/revoke-holder'

export interface EndGrantDeps {
  store: Store
  clock: Clock
  pseudonymOf: (accountId: string) => Uint8Array
}

/** `actor` null: the system (expiry), which may end any grant. */
export async function endGrant(deps: EndGrantDeps, actor: Actor | null, grantId: string, state: 'revoked' | 'expired'): Promise<Grant> {
  const { store, clock, pseudonymOf } = deps
  const g = await store.grants.find(grantId)
  if (!g || (actor && g.grantorId !== actor.accountId && g.granteeId !== actor.accountId)) throw new AppError('NOT_FOUND', 'grant')
  if (g.state !== 'active' && g.state !== 'pending') return g
  const now = clock.now()
  await store.transaction(async tx => {
    await tx.grants.update(g.id, { state, endedAt: now })
    if (g.deviceHash && g.grantorId) await revokeHolder(tx, { region: g.region, accountId: g.grantorId, device: g.deviceHash, nowMs: now, reason: `grant:${state}` }, pseudonymOf)
    await tx.audit.append({ region: g.region, actor: actor?.accountId ?? 'system', action: `grant.${state}`, subject: g.grantorId ?? g.granteeId, data: { grant: g.id, grantee: g.granteeId } })
  })
  return { ...g, state, endedAt: now }
}
