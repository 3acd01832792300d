// Offers and requests in the auditor's region awaiting an answer, for an in-person check, both people
// masked (name, ID, phone). The side named by phone is shown as that number's account if it has one (staff
// may know), else by the number alone. A staff read, logged.
import { maskedIdOf } from '@core/identity/id-mask'
import { maskPhone } from '@core/identity/masking'
import type { GrantParty, PendingGrants } from '@core/api/contract/grants'
import type { AccountStore } from '../../ports/account-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { Grant, GrantStore } from '../../ports/grant-store'
import type { AuditLog } from '../../ports/audit-log'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'

export interface PendingGrantsDeps {
  grants: Pick<GrantStore, 'pendingIn'>
  accounts: Pick<AccountStore, 'findById' | 'findByPhoneHash'>
  citizens: Pick<CitizenStore, 'find'>
  audit: AuditLog
  pii: Pick<PiiProtector, 'open' | 'lookupHashes'>
  clock: Clock
}

export class ListPendingGrants {
  constructor(private readonly deps: PendingGrantsDeps) {}

  async execute(auditor: Actor): Promise<PendingGrants> {
    const { grants: store, accounts, citizens, audit, pii, clock } = this.deps
    const region = auditor.staff!.region
    const grants = (await store.pendingIn(region)).filter(g => g.expiresAt > clock.now())
    await audit.append({ region, actor: auditor.accountId, action: 'read.queue', subject: null, data: { pendingGrants: grants.length } })
    const person = async (id: string): Promise<GrantParty> => {
      const [account, citizen] = await Promise.all([accounts.findById(id), citizens.find(id)])
      return { name: citizen ? citizen.surname + '*' : null, id: citizen ? maskedIdOf(citizen.idType, citizen.idEnds) : null, phone: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null }
    }
    const party = async (g: Grant, id: string | null): Promise<GrantParty> => {
      if (id) return person(id)
      if (!g.phoneEnc) return { name: null, id: null, phone: null }
      const phone = pii.open(g.phoneEnc)
      const account = await accounts.findByPhoneHash(pii.lookupHashes('phone', phone))
      return account ? person(account.id) : { name: null, id: null, phone: maskPhone(phone) }
    }
    return {
      grants: await Promise.all(grants.map(async g => ({
        id: g.id, openedBy: g.openedBy === 'grantor' ? 'holder' as const : 'relative' as const, scope: g.scope, purpose: g.purpose,
        createdAt: g.createdAt, expiresAt: g.expiresAt, holder: await party(g, g.grantorId), relative: await party(g, g.granteeId)
      })))
    }
  }
}
