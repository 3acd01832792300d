// The status rules' use cases, each built with the narrow ports it needs. Built on access, so a key
// reload (which swaps the container's keys) reaches the next request.
import type { Container } from '../container'
import { GetCurrentRules } from '../../usecases/rules/get-current-rules'
import { PublishRules } from '../../usecases/rules/publish-rules'

export class RulesUseCases {
  constructor(protected readonly c: Container) {}

  get getCurrentRules() { return new GetCurrentRules({ ruleSets: this.c.store.ruleSets, riskAreas: this.c.store.riskAreas, region: this.c.config.region.code }) }
  get publishRules() { return new PublishRules({ store: this.c.store, clock: this.c.clock, keys: this.c.keys, jobs: this.c.jobs }) }
}
