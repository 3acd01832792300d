// The staff accounts' use cases, each built with the narrow ports it needs. Built on access, so a key
// reload (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { CreateStaff } from '../../usecases/staff/create-staff'
import { ListStaff } from '../../usecases/staff/list-staff'
import { UpdateStaff } from '../../usecases/staff/update-staff'

export class StaffUseCases {
  constructor(protected readonly c: Container) {}

  get createStaff() { return new CreateStaff({ store: this.c.store, pii: this.c.pii, clock: this.c.clock }) }
  get listStaff() { return new ListStaff({ staff: this.c.store.staff, accounts: this.c.store.accounts, pii: this.c.pii }) }
  get updateStaff() { return new UpdateStaff({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
}
