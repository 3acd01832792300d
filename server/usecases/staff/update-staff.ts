// A region admin changes a staff member's role or point, or disables them. Disabling ends their sessions.
// An admin cannot disable or demote themselves, so a region never loses its last admin by accident.
import { AppError } from '@core/api/app-error'
import type { StaffView, staffUpdate } from '@core/api/contract/staff'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { checkPoint } from './staff-point'
import { staffView } from './staff-view'

export class UpdateStaff {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: PiiProtector }) {}

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
      const patch = { role, pointId, status: change.status ?? member.status, displayName: change.displayName ?? member.displayName }
      await tx.staff.update(member.accountId, patch, now)
      if (patch.status === 'disabled' && member.status !== 'disabled') await tx.sessions.revokeAllFor(member.accountId, now)
      await tx.audit.append({ region, actor: admin.accountId, action: 'staff.update', subject: member.accountId, data: { before: { role: member.role, pointId: member.pointId, status: member.status }, after: patch } })
      const account = await tx.accounts.findById(member.accountId)
      return staffView({ ...member, ...patch, updatedAt: now }, account?.phoneEnc ? this.deps.pii.open(account.phoneEnc) : null)
    })
  }
}
