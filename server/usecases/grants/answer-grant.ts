// Answering a grant: only the person it waits for (named by the opener's phone number, or by account on a
// grant made before two-sided consent) may accept or decline it; the opener may only withdraw it
// (grant-revoke). Anyone else is told it does not exist. An accepted grant becomes active, its region the
// holder's; every answer is logged once for each of the two people, so it shows in both access histories.
import { AppError } from '@core/api/app-error'
import { maskPhone } from '@core/identity/masking'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Grant } from '../../ports/grant-store'
import { newId } from '../../kernel/ids'
import type { Actor } from '../actor'
import { isLive, openerOf, ownPhoneHashes, waitsFor } from './grant-parties'
import { activeNotice } from './grant-notices'

export interface AnswerGrantDeps {
  store: Store
  clock: Clock
  pii: Pick<PiiProtector, 'lookupHashes' | 'open'>
}

/** The pending grant that waits for this caller's answer. */
export async function grantAwaiting(deps: AnswerGrantDeps, actor: Actor, grantId: string): Promise<Grant> {
  const g = await deps.store.grants.find(grantId)
  if (!g) throw new AppError('NOT_FOUND', 'grant')
  if (!waitsFor(g, actor.accountId, await ownPhoneHashes({ accounts: deps.store.accounts, pii: deps.pii }, actor.accountId))) {
    if (openerOf(g) === actor.accountId) throw new AppError('CONFLICT', 'the grant waits for the other person')
    throw new AppError('NOT_FOUND', 'grant')
  }
  if (g.state !== 'pending' || g.expiresAt <= deps.clock.now()) throw new AppError('CONFLICT', `grant is ${g.state === 'pending' ? 'expired' : g.state}`)
  return g
}

/** The two audit entries of an answer: one per person, each naming the other, so each finds it in their access history. */
export async function logAnswer(tx: Store, g: Grant, people: { grantorId: string | null; granteeId: string | null }, by: string, action: 'grant.accept' | 'grant.decline' | 'grant.confirm', region: string, note: string | null) {
  const { grantorId, granteeId } = people
  for (const [subject, other] of [[grantorId, granteeId], [granteeId, grantorId]] as const) {
    if (subject) await tx.audit.append({ region, actor: by, action, subject, reason: note, data: { grant: g.id, other, scope: g.scope } })
  }
}

/**
 * Makes a pending grant active between these two people, accepted by one of them or confirmed by an
 * auditor (`by`). The checks are about the holder's declaration and the relative's own grants: told to
 * the person they concern (the holder accepting, the relative accepting) or to staff.
 */
export async function activateGrant(deps: AnswerGrantDeps, g: Grant, grantorId: string, granteeId: string, by: string, action: 'grant.accept' | 'grant.confirm', note: string | null): Promise<Grant> {
  const { store, clock, pii } = deps
  const now = clock.now()
  if (grantorId === granteeId) throw new AppError('CONFLICT', 'a grant needs two people')
  const holder = await store.citizens.find(grantorId)
  if (!holder) throw new AppError('NOT_DECLARED')
  // A relative's own pending requests already count towards their limit, so accepting one never exceeds it.
  const held = (await store.grants.forGrantee(granteeId)).filter(x => x.id !== g.id && isLive(x, now))
  if (held.length >= MAX_HELD_GRANTS) throw new AppError('GRANT_LIMIT')
  if (held.some(x => x.grantorId === grantorId && x.scope === g.scope)) throw new AppError('CONFLICT', 'such a grant exists')
  const opener = g.openedBy === 'grantor' ? grantorId : granteeId
  const answerer = g.openedBy === 'grantor' ? granteeId : grantorId
  const answererPhone = (await store.accounts.findById(answerer))?.phoneEnc
  const active: Grant = { ...g, grantorId, granteeId, state: 'active', confirmedBy: by, region: holder.region }
  await store.transaction(async tx => {
    await tx.grants.update(g.id, { state: 'active', grantorId, granteeId, confirmedBy: by, region: holder.region })
    await logAnswer(tx, g, { grantorId, granteeId }, by, action, holder.region, note)
    await tx.notices.add({ id: newId(), accountId: opener, at: now, kind: 'grant', readAt: null, text: activeNotice(g.scope, answererPhone ? maskPhone(pii.open(answererPhone)) : null, action === 'grant.confirm') })
  })
  return active
}
