// The staff of the admin's region, phone numbers masked.
import type { StaffView } from '@core/api/contract/staff'
import type { AccountStore } from '../../ports/account-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StaffStore } from '../../ports/staff-store'
import type { Actor } from '../actor'
import { staffView } from './staff-view'

export class ListStaff {
  constructor(private readonly deps: { staff: Pick<StaffStore, 'listByRegion'>; accounts: Pick<AccountStore, 'findById'>; pii: PiiProtector }) {}

  async execute(admin: Actor): Promise<{ staff: StaffView[] }> {
    const members = await this.deps.staff.listByRegion(admin.staff!.region)
    const out: StaffView[] = []
    for (const m of members) {
      const account = await this.deps.accounts.findById(m.accountId)
      out.push(staffView(m, account?.phoneEnc ? this.deps.pii.open(account.phoneEnc) : null))
    }
    return { staff: out }
  }
}
