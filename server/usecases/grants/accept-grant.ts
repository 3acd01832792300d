// The person an offer or request waits for accepts it in their own app: the grant becomes active, both
// people see each other masked (surname + *, phone masked), and both access histories show the answer.
import type { GrantSummary, grantAccept } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Actor } from '../actor'
import { activateGrant, grantAwaiting, type AnswerGrantDeps } from './answer-grant'
import { grantSummary } from './grant-summary'

export class AcceptGrant {
  constructor(private readonly deps: AnswerGrantDeps) {}

  async execute(actor: Actor, { grantId }: ParsedInputOf<typeof grantAccept>): Promise<GrantSummary> {
    const g = await grantAwaiting(this.deps, actor, grantId)
    const me = actor.accountId
    // An offer makes the caller the relative; a request makes the caller the holder.
    const [grantorId, granteeId] = g.openedBy === 'grantor' ? [g.grantorId!, me] : [me, g.granteeId!]
    return grantSummary(await activateGrant(this.deps, g, grantorId, granteeId, me, 'grant.accept', null))
  }
}
