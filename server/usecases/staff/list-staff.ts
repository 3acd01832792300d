// The staff of the admin's region, phone numbers masked, each with the grant of power waiting for a
// second admin, if any (the staff page shows it to the others with Approve/Reject, and to the admin who
// asked as waiting).
import type { StaffView } from '@core/api/contract/staff'
import type { AccountStore } from '../../ports/account-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StaffStore } from '../../ports/staff-store'
import type { Actor } from '../actor'
import { requestView, staffView } from './staff-view'

export class ListStaff {
  constructor(private readonly deps: { staff: Pick<StaffStore, 'listByRegion' | 'openRequests'>; accounts: Pick<AccountStore, 'findById'>; pii: PiiProtector }) {}

  async execute(admin: Actor): Promise<{ staff: StaffView[] }> {
    const region = admin.staff!.region
    const members = await this.deps.staff.listByRegion(region)
    const open = new Map((await this.deps.staff.openRequests(region)).map(r => [r.accountId, r]))
    const names = new Map(members.map(m => [m.accountId, m.displayName]))
    const out: StaffView[] = []
    for (const m of members) {
      const account = await this.deps.accounts.findById(m.accountId)
      const r = open.get(m.accountId)
      out.push(staffView(m, account?.phoneEnc ? this.deps.pii.open(account.phoneEnc) : null, r ? requestView(r, admin.accountId, names.get(r.requestedBy) ?? null) : null))
    }
    return { staff: out }
  }
}
