// A region admin adds a staff member (verifier, auditor or admin) of their own region, by phone number.
// The person signs in with that number; a verifier must be assigned to an open collection point.
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { StaffRole } from '../../ports/staff-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { staffView, StaffView } from './staff-view'

export interface NewStaff {
  phone: string
  displayName: string
  role: StaffRole
  pointId?: string | null
}

export class CreateStaff {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  async execute(admin: Actor, input: NewStaff, region = admin.staff?.region): Promise<StaffView> {
    const { store, pii, clock } = this.deps
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
      const member = { accountId: account.id, role: input.role, region, pointId, displayName: input.displayName, status: 'active' as const, createdBy: admin.accountId, createdAt: now, updatedAt: now }
      await tx.staff.insert(member)
      await tx.audit.append({ region, actor: admin.accountId, action: 'staff.create', subject: account.id, data: { role: input.role, pointId } })
      return staffView(member, input.phone)
    })
  }
}

/** Verifiers work at one open point of the region; other roles carry none. */
export async function checkPoint(store: Store, region: string, role: StaffRole, pointId: string | null): Promise<string | null> {
  if (role !== 'verifier') return null
  if (!pointId) throw new AppError('INVALID_INPUT', 'a verifier needs a collection point', [{ path: 'pointId', code: 'required', message: '核验员必须指定采集点 / A verifier needs a collection point' }])
  const point = await store.points.find(pointId)
  if (!point || point.region !== region) throw new AppError('NOT_FOUND', 'collection point')
  if (point.status !== 'open') throw new AppError('CONFLICT', 'collection point is closed')
  return point.id
}
