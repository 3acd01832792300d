// A region's first two admins come from the operator's command line (`healthcode admin create`), which
// has direct access to the store; they are the founders, independent of each other from the start
// (docs/dual-control.md). Every later staff member is created by an admin in the app and approved by a
// second, independent one. Once the region has two admins the command refuses, unless the operator
// forces it with a reason, which is logged in the audit log with the creation.
import { AppError } from '@core/api/app-error'
import type { StaffView } from '@core/api/contract/staff'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { CreateStaffOnHost } from './create-staff-on-host'

export interface FirstAdmin {
  region: string
  regionName: string
  phone: string
  displayName: string
}

/** How many admins the operator makes for a region without `--force`. */
export const FOUNDING_ADMINS = 2

export class CreateFirstAdmin {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  /** `force`: the operator's reason for an admin beyond the founders (e.g. both founders left). */
  async execute(input: FirstAdmin, operator = 'cli', force?: { reason: string }): Promise<StaffView> {
    return new CreateStaffOnHost(this.deps).execute({ ...input, role: 'admin' }, operator, async tx => {
      const admins = (await tx.staff.listByRegion(input.region)).filter(s => s.role === 'admin' && s.status !== 'disabled').length
      if (admins < FOUNDING_ADMINS) return { founder: true }
      if (!force) {
        throw new AppError('CONFLICT', `region ${input.region} already has ${admins} admins: further admins are created in the app and approved by a second admin (or --force --reason "<why>")`)
      }
      return { founder: false, forced: true, reason: force.reason }
    })
  }
}
