// Either party ends a grant at any time; a phone that held the holder's code is revoked.
import type { GrantSummary, grantRevoke } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Actor } from '../actor'
import { endGrant, type EndGrantDeps } from './end-grant'
import { grantSummary } from './grant-summary'

export class RevokeGrant {
  constructor(private readonly deps: EndGrantDeps) {}

  async execute(actor: Actor, { grantId }: ParsedInputOf<typeof grantRevoke>): Promise<GrantSummary> {
    return grantSummary(await endGrant(this.deps, actor, grantId, 'revoked'))
  }
}
