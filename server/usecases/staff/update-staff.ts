// A region admin changes a staff member's name, role or point, or disables or enables them.
// What takes power away (disabling, moving a verifier to another point, a role whose powers the member
// already holds) takes effect at once; disabling ends their sessions and drops any request waiting for
// them. What gives power (enabling again, a role with a power the member lacks) waits for a second,
// independent admin like a creation: the member keeps their current role meanwhile.
// An admin cannot demote or disable themselves, so a region never loses its last admin by accident.
import { AppError } from '@core/api/app-error'
import type { StaffView, staffUpdate } from '@core/api/contract/staff'
import type { ParsedInputOf } from '@core/api/contract/define'
import { grantsPower } from '@core/staff/powers'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StaffMember } from '../../ports/staff-store'
import type { Actor } from '../actor'
import type { BulkLimits } from '../review/bulk-limits'
import { checkPoint } from './staff-point'
import { openStaffRequest, rejectStaffRequest } from './staff-requests'
import { describeMember } from './staff-view'

type Patch = Partial<Pick<StaffMember, 'role' | 'pointId' | 'status' | 'displayName'>>

export class UpdateStaff {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: PiiProtector; limits: BulkLimits }) {}

  async execute(admin: Actor, change: ParsedInputOf<typeof staffUpdate>): Promise<StaffView> {
    const region = admin.staff!.region
    const now = this.deps.clock.now()
    return this.deps.store.transaction(async tx => {
      const member = await tx.staff.find(change.staffId)
      if (!member || member.region !== region) throw new AppError('NOT_FOUND', 'staff member')
      if (change.staffId === admin.accountId && ((change.role && change.role !== 'admin') || change.status === 'disabled')) {
        throw new AppError('CONFLICT', 'an admin cannot demote or disable themselves')
      }
      const role = change.role ?? member.role
      const pointId = change.pointId !== undefined || change.role !== undefined
        ? await checkPoint(tx, region, role, change.pointId !== undefined ? change.pointId : member.pointId)
        : member.pointId
      const status = change.status ?? member.status
      const open = await tx.staff.openRequestFor(member.accountId)
      const disabling = status === 'disabled' && member.status !== 'disabled'
      const powerChanged = role !== member.role || pointId !== member.pointId || status !== member.status
      // One grant of power at a time: while one waits, only the name changes or disabling are taken.
      if (open && powerChanged && !disabling) throw new AppError('CONFLICT', 'a change to this staff member is waiting for a second admin')

      const grant = grantsPower(member, { role, status })
      const patch: Patch = grant
        ? { displayName: change.displayName ?? member.displayName }
        : { role, pointId, status, displayName: change.displayName ?? member.displayName }
      await tx.staff.update(member.accountId, patch, now)
      if (disabling) {
        await tx.sessions.revokeAllFor(member.accountId, now)
        if (open) await rejectStaffRequest(tx, open, admin.accountId, 'disabled', now)
      }
      await tx.audit.append({ region, actor: admin.accountId, action: 'staff.update', subject: member.accountId, data: {
        before: { role: member.role, pointId: member.pointId, status: member.status },
        after: { role: patch.role ?? member.role, pointId: patch.pointId !== undefined ? patch.pointId : member.pointId, status: patch.status ?? member.status, displayName: patch.displayName },
        ...(grant ? { requested: { role, pointId, status } } : {})
      } })
      if (grant) {
        const kind = member.status === 'active' ? 'role' : 'enable'
        await openStaffRequest(tx, this.deps.limits, region, admin.accountId, { accountId: member.accountId, kind, role, pointId }, now)
      }
      return describeMember(tx, this.deps.pii, member.accountId, admin.accountId)
    })
  }
}
