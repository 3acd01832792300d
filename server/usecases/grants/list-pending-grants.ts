// Relatives' requests in the auditor's region awaiting an in-person check, both people masked (name,
// ID, phone). A staff read, logged.
import { maskedIdFromEnds, maskPhone } from '@core/identity/masking'
import type { GrantParty, PendingGrants } from '@core/api/contract/grants'
import type { AccountStore } from '../../ports/account-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { GrantStore } from '../../ports/grant-store'
import type { AuditLog } from '../../ports/audit-log'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'

export interface PendingGrantsDeps {
  grants: Pick<GrantStore, 'pendingIn'>
  accounts: Pick<AccountStore, 'findById'>
  citizens: Pick<CitizenStore, 'find'>
  audit: AuditLog
  pii: Pick<PiiProtector, 'open'>
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
      return { name: citizen ? citizen.surname + '*' : null, id: citizen ? maskedIdFromEnds(citizen.idEnds) : null, phone: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null }
    }
    return { grants: await Promise.all(grants.map(async g => ({ id: g.id, scope: g.scope, purpose: g.purpose, createdAt: g.createdAt, expiresAt: g.expiresAt, holder: await person(g.grantorId), relative: await person(g.granteeId) }))) }
  }
}
