// The operator on the host makes a staff member directly, active at once: the region's two founding
// admins (`healthcode admin create`, through CreateFirstAdmin) and, in development, the demo seed's staff.
// The operator is not an admin of the region: the member's origin is "the operator" (created_by null),
// which links them to no one under the independence rule (independent-origins.ts). Logged as such.
import { AppError } from '@core/api/app-error'
import type { StaffRole, StaffView } from '@core/api/contract/staff'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { newId } from '../../kernel/ids'
import { checkPoint } from './staff-point'
import { staffView } from './staff-view'

export interface HostStaff {
  region: string
  regionName: string
  phone: string
  displayName: string
  role: StaffRole
  pointId?: string | null
}

export class CreateStaffOnHost {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  /** `check` runs first in the same transaction (e.g. the founders' limit) and may refuse; what it returns is logged with the creation. */
  async execute(input: HostStaff, operator: string, check?: (tx: Store) => Promise<Record<string, unknown>>): Promise<StaffView> {
    const { store, pii, clock } = this.deps
    const now = clock.now()
    const phoneHash = pii.lookupHash('phone', input.phone)
    return store.transaction(async tx => {
      await tx.regions.ensure({ code: input.region, name: input.regionName }, now)
      const note = check ? await check(tx) : {}
      const pointId = await checkPoint(tx, input.region, input.role, input.pointId ?? null)
      let account = await tx.accounts.findByPhoneHash(pii.lookupHashes('phone', input.phone))
      if (!account) {
        account = { id: newId(), status: 'active', phoneEnc: pii.seal(input.phone), createdAt: now }
        await tx.accounts.create({ ...account, phoneHash })
      }
      if (await tx.staff.find(account.id)) throw new AppError('CONFLICT', 'this phone number already belongs to a staff member')
      const member = {
        accountId: account.id, role: input.role, region: input.region, pointId, displayName: input.displayName, status: 'active' as const,
        createdBy: null, createdAt: now, approvedBy: null, approvedAt: null, updatedAt: now
      }
      await tx.staff.insert(member)
      await tx.audit.append({ region: input.region, actor: operator, action: 'staff.create', subject: account.id, data: { role: input.role, pointId, byOperator: true, ...note } })
      return staffView(member, input.phone)
    })
  }
}
