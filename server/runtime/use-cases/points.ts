// The collection points' use cases, each built with the narrow ports it needs. Built on access, so a key
// reload (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { ClosePoint } from '../../usecases/points/close-point'
import { CreatePoint } from '../../usecases/points/create-point'
import { ListPoints } from '../../usecases/points/list-points'
import { UpdatePoint } from '../../usecases/points/update-point'

export class PointsUseCases {
  constructor(protected readonly c: Container) {}

  get listPoints() { return new ListPoints({ points: this.c.store.points }) }
  get createPoint() { return new CreatePoint({ store: this.c.store, clock: this.c.clock }) }
  get updatePoint() { return new UpdatePoint({ store: this.c.store, clock: this.c.clock }) }
  get closePoint() { return new ClosePoint({ store: this.c.store, clock: this.c.clock }) }
}
