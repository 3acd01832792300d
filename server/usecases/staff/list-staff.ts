import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { staffView, StaffView } from './staff-view'

export class ListStaff {
  constructor(private readonly deps: { store: Store; pii: PiiProtector }) {}

  async execute(admin: Actor): Promise<StaffView[]> {
    const members = await this.deps.store.staff.listByRegion(admin.staff!.region)
    const out: StaffView[] = []
    for (const m of members) {
      const account = await this.deps.store.accounts.findById(m.accountId)
      out.push(staffView(m, account?.phoneEnc ? this.deps.pii.open(account.phoneEnc) : null))
    }
    return out
  }
}
