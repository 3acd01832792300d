// The holder lets a relative (named by phone) view their status, or hold and show their code; granting
// it is the holder's confirmation, so the grant is active at once.
import type { GrantSummary } from '@core/api/contract/grants'
import type { Actor } from '../actor'
import { grantSummary } from './grant-summary'
import { accountByPhone, openGrant, type GrantInput, type OpenGrantDeps } from './open-grant'

export class CreateGrant {
  constructor(private readonly deps: OpenGrantDeps) {}

  async execute(actor: Actor, input: GrantInput): Promise<GrantSummary> {
    const grantee = await accountByPhone(this.deps, input.otherPhone)
    return grantSummary(await openGrant(this.deps, actor.accountId, grantee, input, 'active', actor.accountId))
  }
}
