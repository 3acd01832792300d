// The auditor's queue: open corrections, appeals and flagged declarations of the region, and manual
// changes waiting for a second auditor (or held by the bulk threshold), and identity-recovery items
// (accounts frozen for binding, waiting for an in-person check). Reading it is logged.
import type { ReviewQueue } from '@core/api/contract/review'
import type { CaseStore } from '../../ports/case-store'
import type { StatusChangeStore } from '../../ports/status-change-store'
import type { StaffStore } from '../../ports/staff-store'
import type { AuditLog } from '../../ports/audit-log'
import type { PiiProtector } from '../../ports/pii-protector'
import type { IdentityRecoveryStore } from '../../ports/identity-recovery-store'
import type { Actor } from '../actor'
import { maskedPerson, staffName, type PersonReads } from './masked-person'
import { recoveryView, type RecoveryReads } from './recovery-view'

export interface ReviewQueueDeps extends PersonReads, Omit<RecoveryReads, 'pii'> {
  identityRecoveries: Pick<IdentityRecoveryStore, 'list'>
  cases: Pick<CaseStore, 'queue'>
  statusChanges: Pick<StatusChangeStore, 'list'>
  staff: Pick<StaffStore, 'find'>
  audit: AuditLog
  pii: Pick<PiiProtector, 'open'>
}

export class GetReviewQueue {
  constructor(private readonly deps: ReviewQueueDeps) {}

  async execute(auditor: Actor): Promise<ReviewQueue> {
    const { cases, statusChanges, staff, audit, pii } = this.deps
    const region = auditor.staff!.region
    const items = await cases.queue(region, ['open', 'in-review'])
    const pending = await statusChanges.list(region, ['pending', 'held'])
    const recoveries = await this.deps.identityRecoveries.list(region, ['open', 'requested'])
    await audit.append({ region, actor: auditor.accountId, action: 'read.queue', subject: null, data: { cases: items.length, changes: pending.length, recoveries: recoveries.length } })
    return {
      cases: await Promise.all(items.map(async i => ({ kind: i.kind, id: i.id, reference: i.reference, category: i.category, state: i.state, createdAt: i.createdAt, person: await maskedPerson(this.deps, i.accountId) }))),
      // The second auditor sees the requester's note and linked evidence before approving.
      changes: await Promise.all(pending.map(async r => ({
        id: r.id, toStatus: r.toStatus, reasonCode: r.reasonCode, state: r.state, requestedBy: r.requestedBy, requestedByName: await staffName(staff, r.requestedBy),
        requestedAt: r.requestedAt, note: pii.open(r.noteEnc), evidence: r.evidence, mine: r.requestedBy === auditor.accountId, person: await maskedPerson(this.deps, r.accountId)
      }))),
      recoveries: await Promise.all(recoveries.map(r => recoveryView(this.deps, r, auditor.accountId)))
    }
  }
}
