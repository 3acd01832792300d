// A region admin adds a staff member (verifier, auditor or admin) of their own region, by phone number.
// The person signs in with that number; a verifier must be assigned to an open collection point.
// A role with power over people's data or status (every role today) makes the account `pending`: it has
// no staff power until a second, independent admin approves the request (staff-approve), as an import
// waits for one. Whoever could create staff alone could create their own second approver.
import { AppError } from '@core/api/app-error'
import type { StaffView, staffCreate } from '@core/api/contract/staff'
import type { ParsedInputOf } from '@core/api/contract/define'
import { grantsPower } from '@core/staff/powers'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { StaffMember } from '../../ports/staff-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import type { BulkLimits } from '../review/bulk-limits'
import { checkPoint } from './staff-point'
import { openStaffRequest } from './staff-requests'
import { describeMember } from './staff-view'

export class CreateStaff {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock; limits: BulkLimits }) {}

  async execute(admin: Actor, input: ParsedInputOf<typeof staffCreate>, region = admin.staff?.region): Promise<StaffView> {
    const { store, pii, clock, limits } = this.deps
    if (!region) throw new AppError('FORBIDDEN')
    const phoneHash = pii.lookupHash('phone', input.phone)
    const now = clock.now()
    return store.transaction(async tx => {
      const pointId = await checkPoint(tx, region, input.role, input.pointId ?? null)
      let account = await tx.accounts.findByPhoneHash(pii.lookupHashes('phone', input.phone))
      if (!account) {
        account = { id: newId(), status: 'active', phoneEnc: pii.seal(input.phone), createdAt: now }
        await tx.accounts.create({ ...account, phoneHash })
      }
      if (await tx.staff.find(account.id)) throw new AppError('CONFLICT', 'already a staff member')
      const needsApproval = grantsPower(null, { role: input.role, status: 'active' })
      const member: StaffMember = {
        accountId: account.id, role: input.role, region, pointId, displayName: input.displayName, status: needsApproval ? 'pending' : 'active',
        createdBy: admin.accountId, createdAt: now, approvedBy: null, approvedAt: null, updatedAt: now
      }
      await tx.staff.insert(member)
      await tx.audit.append({ region, actor: admin.accountId, action: 'staff.create', subject: account.id, data: { role: input.role, pointId, status: member.status } })
      if (needsApproval) await openStaffRequest(tx, limits, region, admin.accountId, { accountId: account.id, kind: 'create', role: input.role, pointId }, now)
      return describeMember(tx, pii, account.id, admin.accountId)
    })
  }
}
