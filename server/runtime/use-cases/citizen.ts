// The citizen's use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { AcceptConsent } from '../../usecases/citizen/accept-consent'
import { GetConsent } from '../../usecases/citizen/get-consent'

export class CitizenUseCases {
  constructor(private readonly c: Container) {}

  get getConsent() { return new GetConsent({ citizens: this.c.store.citizens }) }
  get acceptConsent() { return new AcceptConsent({ store: this.c.store, clock: this.c.clock }) }
}
