// The holder offers a relative (named by phone) to view their status, or hold and show their code. The
// offer is pending until that person accepts it in their own app (grant-accept) or an auditor confirms it
// in person; the answer is the same for every phone number (open-grant.ts).
import type { GrantSummary } from '@core/api/contract/grants'
import type { Actor } from '../actor'
import { grantSummary } from './grant-summary'
import { openGrant, type GrantInput, type OpenGrantDeps } from './open-grant'

export class CreateGrant {
  constructor(private readonly deps: OpenGrantDeps) {}

  async execute(actor: Actor, input: GrantInput): Promise<GrantSummary> {
    return grantSummary(await openGrant(this.deps, actor, input, 'grantor'))
  }
}
