// A relative asks to hold the code of someone (named by phone) who cannot confirm it themselves; the
// grant stays pending until an auditor who checked the relationship in person confirms it.
import type { GrantSummary } from '@core/api/contract/grants'
import type { Actor } from '../actor'
import { grantSummary } from './grant-summary'
import { accountByPhone, openGrant, type GrantInput, type OpenGrantDeps } from './open-grant'

export class RequestGrant {
  constructor(private readonly deps: OpenGrantDeps) {}

  async execute(actor: Actor, input: GrantInput): Promise<GrantSummary> {
    const grantor = await accountByPhone(this.deps, input.otherPhone)
    return grantSummary(await openGrant(this.deps, grantor, actor.accountId, input, 'pending', actor.accountId))
  }
}
