// Opening a grant: the holder offers it to a relative (grant-create), or a relative asks the holder for it
// (grant-request), naming the other person by phone number. Either way it is pending until that person
// accepts it in their own app or an auditor confirms it in person.
//
// No existence oracle: nothing in the answer, and nothing the opener can see later until the other person
// accepts, depends on whether that number has an account, has declared, or holds grants. The grant is kept
// against the number's keyed hash (and the number sealed, to show the opener what they typed), never
// against an account looked up from it. Every refusal depends on the caller's own data only: their own
// number, their own declaration, the grants they hold, the grants they opened with that same number and
// scope, and how many grants they opened in the last 24 hours (the daily limit against spam).
import { AppError } from '@core/api/app-error'
import type { grantCreate } from '@core/api/contract/grants'
import { maskPhone } from '@core/identity/masking'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Grant } from '../../ports/grant-store'
import { newId } from '../../kernel/ids'
import type { Actor } from '../actor'
import { DAY_MS, isLive, ownPhoneHashes } from './grant-parties'
import { waitingNotice } from './grant-notices'

export type GrantInput = ParsedInputOf<typeof grantCreate>

export interface OpenGrantDeps {
  store: Store
  clock: Clock
  pii: Pick<PiiProtector, 'lookupHashes' | 'seal' | 'open'>
  /**
   * Where a request is filed until its holder answers: the region this host serves, where its citizens
   * declare (a request names the holder only by phone, so their own region is not known yet).
   */
  region: string
  /** How many grants one account may open (offers and requests together) in 24 hours (GRANT_OPENS_PER_DAY). */
  opensPerDay: number
}

/** `side`: the caller's side of the grant, 'grantor' for an offer of their own code, 'grantee' for a request. */
export async function openGrant(deps: OpenGrantDeps, actor: Actor, input: GrantInput, side: 'grantor' | 'grantee'): Promise<Grant> {
  const { store, clock, pii } = deps
  const me = actor.accountId
  const now = clock.now()
  const typed = pii.lookupHashes('phone', input.otherPhone)
  const own = await ownPhoneHashes({ accounts: store.accounts, pii }, me)
  if (own.some(h => typed.includes(h))) throw new AppError('CONFLICT', 'a grant needs two people')
  if ((await store.grants.openedSince(me, now - DAY_MS)) >= deps.opensPerDay) throw new AppError('RATE_LIMITED', 'too many grants opened today')

  let region = deps.region
  if (side === 'grantor') {
    const holder = await store.citizens.find(me)
    if (!holder) throw new AppError('NOT_DECLARED')
    region = holder.region
  } else if ((await store.grants.forGrantee(me)).filter(g => isLive(g, now)).length >= MAX_HELD_GRANTS) {
    throw new AppError('GRANT_LIMIT')
  }
  const mine = side === 'grantor' ? await store.grants.forGrantor(me) : await store.grants.forGrantee(me)
  if (mine.some(g => isLive(g, now) && g.openedBy === side && g.scope === input.scope && g.phoneHash !== null && typed.includes(g.phoneHash))) {
    throw new AppError('CONFLICT', 'such a grant exists')
  }

  const grant: Grant = {
    id: newId(), grantorId: side === 'grantor' ? me : null, granteeId: side === 'grantee' ? me : null, openedBy: side,
    phoneHash: typed[0], phoneEnc: pii.seal(input.otherPhone), region, scope: input.scope, purpose: input.purpose, state: 'pending',
    confirmedBy: null, deviceHash: null, createdAt: now, expiresAt: now + input.days * DAY_MS, endedAt: null
  }
  const myPhone = (await store.accounts.findById(me))?.phoneEnc
  await store.transaction(async tx => {
    await tx.grants.create(grant)
    // The log names the opener only: who the number belongs to is not known, nor looked up, for it.
    await tx.audit.append({ region, actor: me, action: side === 'grantor' ? 'grant.create' : 'grant.request', subject: me, data: { grant: grant.id, openedBy: side, scope: grant.scope, purpose: grant.purpose, expiresAt: grant.expiresAt } })
    // The person it waits for hears of it in their app, if the number has an account; the answer to the
    // opener is the same either way.
    const other = await tx.accounts.findByPhoneHash(typed)
    if (other && other.status === 'active') {
      await tx.notices.add({ id: newId(), accountId: other.id, at: now, kind: 'grant', readAt: null, text: waitingNotice(side, grant.scope, grant.purpose, myPhone ? maskPhone(pii.open(myPhone)) : null) })
    }
  })
  return grant
}
