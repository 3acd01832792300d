// An admin of the region rejects a grant of staff power, or the admin who asked withdraws it: nothing is
// granted, and a member whose creation it was stays without power (disabled). Rejecting takes power away
// from no one, so any admin of the region may do it, except the member it is about.
import type { StaffView, staffReject } from '@core/api/contract/staff'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { AppError } from '@core/api/app-error'
import { decidableRequest } from './approve-staff'
import { rejectStaffRequest } from './staff-requests'
import { describeMember } from './staff-view'

export class RejectStaff {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: PiiProtector }) {}

  async execute(admin: Actor, { requestId, reason }: ParsedInputOf<typeof staffReject>): Promise<StaffView> {
    const { store, clock, pii } = this.deps
    const request = await decidableRequest(store, admin, requestId)
    return store.transaction(async tx => {
      const fresh = await tx.staff.findRequest(request.id)
      if (fresh?.state !== 'pending' && fresh?.state !== 'held') throw new AppError('CONFLICT', 'staff request already decided')
      await rejectStaffRequest(tx, fresh, admin.accountId, reason || null, clock.now())
      return describeMember(tx, pii, request.accountId, admin.accountId)
    })
  }
}
