// An auditor rejects a pending (or held) manual change; the case that asked for it goes back to the queue.
import type { ChangeRequest, statusChangeReject } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { findChange } from './find-change'

export class RejectStatusChange {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(auditor: Actor, { changeId, note }: ParsedInputOf<typeof statusChangeReject>): Promise<ChangeRequest> {
    const { store, clock } = this.deps
    const r = await findChange(store.statusChanges, auditor, changeId, ['pending', 'held'])
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.statusChanges.decide(r.id, { state: 'rejected', decidedBy: auditor.accountId, decidedAt: now, appliedAt: null })
      await tx.audit.append({ region: r.region, actor: auditor.accountId, action: 'status.change.reject', subject: r.accountId, reason: note.slice(0, 200), data: { change: r.id } })
      if (r.caseId) for (const kind of ['correction', 'appeal', 'flag'] as const) if (await tx.cases.find(kind, r.caseId)) await tx.cases.decide(kind, r.caseId, 'open', null, now)
    })
    return (await store.statusChanges.find(changeId))!
  }
}
