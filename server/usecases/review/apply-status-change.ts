// Applies an approved (or, after a bulk alarm, released) manual change through the same path as a
// rule's: a manual status record (lifted only by auditors), history, audit log, revocation of the old
// codes, a notice; the case that asked for it is upheld. Shared by approving and releasing an alarm.
import type { StatusRecord } from '@core/rules'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StatusChangeRequest } from '../../ports/status-change-store'
import { applyStatus } from '../assessment/apply-status'
import { buildFacts } from '../assessment/facts-builder'

export interface ApplyChangeDeps {
  store: Store
  clock: Clock
  pii: PiiProtector
  pseudonymOf: (accountId: string) => Uint8Array
}

export async function applyStatusChange(deps: ApplyChangeDeps, r: StatusChangeRequest, approver: string): Promise<void> {
  const { store, clock, pii, pseudonymOf } = deps
  const now = clock.now()
  await store.transaction(async tx => {
    const citizen = await tx.citizens.find(r.accountId)
    const current = (await tx.statuses.findMany([r.accountId])).get(r.accountId) ?? null
    const next: StatusRecord = { status: r.toStatus, setAt: new Date(now).toISOString(), ruleId: 'manual', ruleVersion: null, reason: r.reasonCode, exit: null, earliestExitAt: null }
    const assembled = await buildFacts(tx, pii, r.accountId, now)
    await applyStatus(tx, { pseudonymOf, actor: `${r.requestedBy}+${approver}`, source: 'manual', cause: { change: r.id, evidence: r.evidence, caseId: r.caseId } },
      r.accountId, citizen?.region ?? r.region, current, { next, changed: true, kind: 'escalated', earliestExitAt: null, progress: null }, assembled, now)
    await tx.statusChanges.decide(r.id, { state: 'approved', decidedBy: approver, decidedAt: now, appliedAt: now })
    if (r.caseId) {
      for (const kind of ['correction', 'appeal', 'flag'] as const) {
        const item = await tx.cases.find(kind, r.caseId)
        if (item) await tx.cases.decide(kind, item.id, 'upheld', item.decision ? { ...item.decision, changeId: r.id } : null, now)
      }
    }
  })
}
