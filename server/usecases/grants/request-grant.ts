// A relative asks the holder (named by phone) to let them view the holder's status, or hold and show the
// holder's code. The request is pending until the holder accepts it in their own app (grant-accept) or, for
// someone who cannot use a phone, an auditor who checked the relationship in person confirms it. The answer
// is the same for every phone number (open-grant.ts).
import type { GrantSummary } from '@core/api/contract/grants'
import type { Actor } from '../actor'
import { grantSummary } from './grant-summary'
import { openGrant, type GrantInput, type OpenGrantDeps } from './open-grant'

export class RequestGrant {
  constructor(private readonly deps: OpenGrantDeps) {}

  async execute(actor: Actor, input: GrantInput): Promise<GrantSummary> {
    return grantSummary(await openGrant(this.deps, actor, input, 'grantee'))
  }
}
