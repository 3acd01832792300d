// The first region admin comes from the operator's command line (`healthcode admin create`), which has
// direct access to the store; every later staff account is created by an admin in the app.
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { newId } from '../../kernel/ids'
import type { StaffView } from '@core/api/contract/staff'
import { staffView } from './staff-view'

export interface FirstAdmin {
  region: string
  regionName: string
  phone: string
  displayName: string
}

export class CreateFirstAdmin {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  async execute(input: FirstAdmin, operator = 'cli'): Promise<StaffView> {
    const { store, pii, clock } = this.deps
    const now = clock.now()
    const phoneHash = pii.lookupHash('phone', input.phone)
    return store.transaction(async tx => {
      await tx.regions.ensure({ code: input.region, name: input.regionName }, now)
      let account = await tx.accounts.findByPhoneHash(pii.lookupHashes('phone', input.phone))
      if (!account) {
        account = { id: newId(), status: 'active', phoneEnc: pii.seal(input.phone), createdAt: now }
        await tx.accounts.create({ ...account, phoneHash })
      }
      if (await tx.staff.find(account.id)) throw new AppError('CONFLICT', 'this phone number already belongs to a staff member')
      const member = { accountId: account.id, role: 'admin' as const, region: input.region, pointId: null, displayName: input.displayName, status: 'active' as const, createdBy: null, createdAt: now, updatedAt: now }
      await tx.staff.insert(member)
      await tx.audit.append({ region: input.region, actor: operator, action: 'staff.create', subject: account.id, data: { role: 'admin' } })
      return staffView(member, input.phone)
    })
  }
}
