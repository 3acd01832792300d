// A live grant of the caller as grantee, for one of the scopes; every use is logged as a read of the
// holder's data, with what it was used for.
import { AppError } from '@core/api/app-error'
import type { Grant, GrantStore } from '../../ports/grant-store'
import type { AuditLog } from '../../ports/audit-log'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export interface LiveGrantDeps {
  grants: Pick<GrantStore, 'find'>
  audit: AuditLog
  clock: Clock
}

/** An active grant: both people answered, so both are known. */
export type LiveGrant = Grant & { grantorId: string; granteeId: string }

export async function liveGrant(deps: LiveGrantDeps, actor: Actor, grantId: string, scopes: Grant['scope'][], purpose: string): Promise<LiveGrant> {
  const g = await deps.grants.find(grantId)
  const now = deps.clock.now()
  if (!g || !g.grantorId || g.granteeId !== actor.accountId || g.state !== 'active' || g.expiresAt <= now || !scopes.includes(g.scope)) throw new AppError('FORBIDDEN', 'no live grant')
  await deps.audit.append({ region: g.region, actor: actor.accountId, action: 'read.grant', subject: g.grantorId, reason: purpose, data: { grant: g.id, scope: g.scope } })
  return g as LiveGrant
}
