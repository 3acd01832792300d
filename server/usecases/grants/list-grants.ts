// The grants the caller gave and holds, the other party masked (surname + *, phone masked). An active
// grant past its expiry shows as expired before the daily purge ends it.
import { maskPhone } from '@core/identity/masking'
import type { GrantList, GrantView } from '@core/api/contract/grants'
import type { AccountStore } from '../../ports/account-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { Grant, GrantStore } from '../../ports/grant-store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'

export interface ListGrantsDeps {
  grants: Pick<GrantStore, 'forGrantor' | 'forGrantee'>
  accounts: Pick<AccountStore, 'findById'>
  citizens: Pick<CitizenStore, 'find'>
  pii: Pick<PiiProtector, 'open'>
  clock: Clock
}

export class ListGrants {
  constructor(private readonly deps: ListGrantsDeps) {}

  async execute(actor: Actor): Promise<GrantList> {
    const { grants, accounts, citizens, pii } = this.deps
    const now = this.deps.clock.now()
    const [given, held] = await Promise.all([grants.forGrantor(actor.accountId), grants.forGrantee(actor.accountId)])
    const other = async (id: string) => {
      const [account, citizen] = await Promise.all([accounts.findById(id), citizens.find(id)])
      return { name: citizen ? citizen.surname + '*' : null, phone: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null }
    }
    const view = async (g: Grant, side: 'given' | 'held'): Promise<GrantView> => ({
      id: g.id, side, scope: g.scope, purpose: g.purpose, state: g.state === 'active' && g.expiresAt <= now ? 'expired' : g.state,
      createdAt: g.createdAt, expiresAt: g.expiresAt, other: await other(side === 'given' ? g.granteeId : g.grantorId)
    })
    return { given: await Promise.all(given.map(g => view(g, 'given'))), held: await Promise.all(held.map(g => view(g, 'held'))) }
  }
}
