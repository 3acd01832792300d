// The grants the caller gave and holds, and the offers and requests waiting for their answer. Once a grant
// was accepted the other party shows masked (surname + *, phone masked). Before that, the opener sees only
// the number they typed, masked, and "waiting": nothing of whoever has that number. The person it waits
// for sees the opener's phone masked (the opener chose to contact them), no name. An active or pending
// grant past its expiry shows as expired before the daily purge ends it.
import { maskPhone } from '@core/identity/masking'
import type { GrantList, GrantView } from '@core/api/contract/grants'
import type { AccountStore } from '../../ports/account-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { Grant, GrantStore } from '../../ports/grant-store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { openerOf, ownPhoneHashes, waitsFor } from './grant-parties'

export interface ListGrantsDeps {
  grants: Pick<GrantStore, 'forGrantor' | 'forGrantee' | 'awaitingPhone'>
  accounts: Pick<AccountStore, 'findById'>
  citizens: Pick<CitizenStore, 'find'>
  pii: Pick<PiiProtector, 'open' | 'lookupHashes'>
  clock: Clock
}

export class ListGrants {
  constructor(private readonly deps: ListGrantsDeps) {}

  async execute(actor: Actor): Promise<GrantList> {
    const { grants, accounts, citizens, pii } = this.deps
    const me = actor.accountId
    const now = this.deps.clock.now()
    const phones = await ownPhoneHashes({ accounts, pii }, me)
    const [given, held, addressed] = await Promise.all([grants.forGrantor(me), grants.forGrantee(me), grants.awaitingPhone(phones)])
    const phoneOf = async (id: string) => {
      const account = await accounts.findById(id)
      return account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null
    }
    const other = async (g: Grant, otherId: string | null): Promise<GrantView['other']> => {
      if (g.confirmedBy !== null && otherId) {
        const citizen = await citizens.find(otherId)
        return { name: citizen ? citizen.surname + '*' : null, phone: await phoneOf(otherId) }
      }
      // Not accepted (yet, or ever): the opener sees what they typed; the other side, the opener's number.
      if (openerOf(g) === me) return { name: null, phone: g.phoneEnc ? maskPhone(pii.open(g.phoneEnc)) : otherId ? await phoneOf(otherId) : null }
      return { name: null, phone: otherId ? await phoneOf(otherId) : null }
    }
    const view = async (g: Grant, side: 'given' | 'held'): Promise<GrantView> => {
      const live = (g.state === 'active' || g.state === 'pending') && g.expiresAt > now
      return {
        id: g.id, side, scope: g.scope, purpose: g.purpose, state: !live && (g.state === 'active' || g.state === 'pending') ? 'expired' : g.state,
        createdAt: g.createdAt, expiresAt: g.expiresAt, waitingFor: live && g.state === 'pending' ? (waitsFor(g, me, phones) ? 'me' : 'other') : null,
        other: await other(g, side === 'given' ? g.granteeId : g.grantorId)
      }
    }
    const waiting = (g: Grant) => g.state === 'pending' && g.expiresAt > now && waitsFor(g, me, phones)
    const incoming = [...addressed, ...given, ...held].filter(waiting)
    return {
      given: await Promise.all(given.filter(g => !waiting(g)).map(g => view(g, 'given'))),
      held: await Promise.all(held.filter(g => !waiting(g)).map(g => view(g, 'held'))),
      incoming: await Promise.all(incoming.filter((g, i) => incoming.findIndex(x => x.id === g.id) === i).map(g => view(g, g.openedBy === 'grantor' ? 'held' : 'given')))
    }
  }
}
