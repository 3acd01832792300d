// The person an offer or request waits for declines it: it ends, and the opener sees "declined" (the
// decliner chooses to answer; ignoring it lets it run out unanswered instead, which tells the opener
// nothing). Logged for both people, so it shows in both access histories.
import type { GrantSummary, grantDecline } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Actor } from '../actor'
import { grantAwaiting, logAnswer, type AnswerGrantDeps } from './answer-grant'
import { grantSummary } from './grant-summary'

export class DeclineGrant {
  constructor(private readonly deps: AnswerGrantDeps) {}

  async execute(actor: Actor, { grantId }: ParsedInputOf<typeof grantDecline>): Promise<GrantSummary> {
    const { store, clock } = this.deps
    const g = await grantAwaiting(this.deps, actor, grantId)
    const now = clock.now()
    const me = actor.accountId
    const people = g.openedBy === 'grantor' ? { grantorId: g.grantorId, granteeId: me } : { grantorId: me, granteeId: g.granteeId }
    await store.transaction(async tx => {
      // The decliner's account is recorded, so the declined grant shows among their ended ones.
      await tx.grants.update(g.id, { state: 'declined', endedAt: now, ...people })
      await logAnswer(tx, g, people, me, 'grant.decline', g.region, null)
    })
    return grantSummary({ ...g, ...people, state: 'declined', endedAt: now })
  }
}
