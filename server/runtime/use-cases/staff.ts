// The staff accounts' use cases, each built with the narrow ports it needs. Built on access, so a key
// reload (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import type { Config } from '../config'
import { ApproveStaff } from '../../usecases/staff/approve-staff'
import { CreateStaff } from '../../usecases/staff/create-staff'
import type { IndependenceRule } from '../../usecases/staff/independent-origins'
import { ListStaff } from '../../usecases/staff/list-staff'
import { RejectStaff } from '../../usecases/staff/reject-staff'
import { UpdateStaff } from '../../usecases/staff/update-staff'

/** The independence rule of every dual-controlled approval, from DUAL_CONTROL_COOLING_OFF_DAYS. */
export function independenceRule(config: Pick<Config, 'dualControl'>): IndependenceRule {
  return { coolingOffMs: config.dualControl.coolingOffDays * 86_400_000 }
}

export class StaffUseCases {
  constructor(protected readonly c: Container) {}

  get createStaff() { return new CreateStaff({ store: this.c.store, pii: this.c.pii, clock: this.c.clock, limits: this.c.config.bulk }) }
  get listStaff() { return new ListStaff({ staff: this.c.store.staff, accounts: this.c.store.accounts, pii: this.c.pii }) }
  get updateStaff() { return new UpdateStaff({ store: this.c.store, clock: this.c.clock, pii: this.c.pii, limits: this.c.config.bulk }) }
  get approveStaff() { return new ApproveStaff({ store: this.c.store, clock: this.c.clock, pii: this.c.pii, independence: independenceRule(this.c.config) }) }
  get rejectStaff() { return new RejectStaff({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
}
