// Opening a grant, granted by the holder (active: they confirm by granting) or requested by a relative
// (pending until an auditor confirms in person). The other person is found by phone and must have signed
// in once. One person holds live grants for at most MAX_HELD_GRANTS others, one per holder and scope.
import { AppError } from '@core/api/app-error'
import type { grantCreate } from '@core/api/contract/grants'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Grant } from '../../ports/grant-store'
import { newId } from '../../kernel/ids'

export type GrantInput = ParsedInputOf<typeof grantCreate>

export interface OpenGrantDeps {
  store: Store
  clock: Clock
  pii: Pick<PiiProtector, 'lookupHashes'>
}

const isLive = (g: Grant, now: number) => (g.state === 'active' || g.state === 'pending') && g.expiresAt > now

export async function accountByPhone(deps: OpenGrantDeps, phone: string): Promise<string> {
  const account = await deps.store.accounts.findByPhoneHash(deps.pii.lookupHashes('phone', phone))
  if (!account) throw new AppError('NOT_FOUND', 'the other person must sign in once first')
  return account.id
}

export async function openGrant(deps: OpenGrantDeps, grantorId: string, granteeId: string, input: GrantInput, state: 'active' | 'pending', actor: string): Promise<Grant> {
  const { store, clock } = deps
  if (grantorId === granteeId) throw new AppError('CONFLICT', 'a grant needs two people')
  const grantor = await store.citizens.find(grantorId)
  if (!grantor) throw new AppError('NOT_DECLARED')
  const now = clock.now()
  const held = (await store.grants.forGrantee(granteeId)).filter(g => isLive(g, now))
  if (held.length >= MAX_HELD_GRANTS) throw new AppError('GRANT_LIMIT')
  if (held.some(g => g.grantorId === grantorId && g.scope === input.scope)) throw new AppError('CONFLICT', 'such a grant exists')
  const grant: Grant = {
    id: newId(), grantorId, granteeId, region: grantor.region, scope: input.scope, purpose: input.purpose, state,
    confirmedBy: state === 'active' ? 'self' : null, deviceHash: null, createdAt: now, expiresAt: now + input.days * 86400_000, endedAt: null
  }
  await store.transaction(async tx => {
    await tx.grants.create(grant)
    await tx.audit.append({ region: grant.region, actor, action: state === 'active' ? 'grant.create' : 'grant.request', subject: grantorId, data: { grant: grant.id, grantee: granteeId, scope: grant.scope, purpose: grant.purpose, expiresAt: grant.expiresAt } })
  })
  return grant
}
