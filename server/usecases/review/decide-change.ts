// The second auditor approves or rejects a pending manual change. Never the requester; never someone of
// another region; admins have no way around it. Above the bulk threshold the change is held and the
// region's admins are alarmed instead. An applied change goes through the same path as a rule's:
// history, audit log, revocation of the old codes, a notice.
import { AppError } from '@core/api/app-error'
import { StatusRecord } from '@core/rules'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { StatusChangeRequest } from '../../ports/status-change-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { applyStatus } from '../assessment/apply-status'
import { buildFacts } from '../assessment/facts-builder'
import type { PiiProtector } from '../../ports/pii-protector'
import { BulkLimits } from './bulk-limits'

export interface DecideDeps { store: Store; clock: Clock; pii: PiiProtector; pseudonymOf: (accountId: string) => Uint8Array; limits: BulkLimits }

export class DecideStatusChange {
  constructor(private readonly deps: DecideDeps) {}

  private async pending(auditor: Actor, id: string, states: StatusChangeRequest['state'][] = ['pending']): Promise<StatusChangeRequest> {
    const r = await this.deps.store.statusChanges.find(id)
    if (!r || r.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'change request')
    if (!states.includes(r.state)) throw new AppError('CONFLICT', `change request is ${r.state}`)
    return r
  }

  async approve(auditor: Actor, id: string): Promise<StatusChangeRequest> {
    const r = await this.pending(auditor, id)
    if (r.requestedBy === auditor.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    const { store, clock, limits } = this.deps
    const hourAgo = clock.now() - 3600_000
    const byAuditor = await store.statusChanges.appliedSince({ requestedBy: r.requestedBy }, hourAgo)
    const inRegion = await store.statusChanges.appliedSince({ region: r.region }, hourAgo)
    if (byAuditor >= limits.perAuditorPerHour || inRegion >= limits.perRegionPerHour) return this.hold(auditor, r, { byAuditor, inRegion })
    await this.apply(r, auditor.accountId)
    return (await store.statusChanges.find(id))!
  }

  private async hold(auditor: Actor, r: StatusChangeRequest, counts: { byAuditor: number; inRegion: number }): Promise<StatusChangeRequest> {
    const { store, clock } = this.deps
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.statusChanges.decide(r.id, { state: 'held', decidedBy: auditor.accountId, decidedAt: now, appliedAt: null })
      await tx.alarms.raise({ id: newId(), region: r.region, kind: 'bulk-manual', state: 'open', raisedAt: now, resolvedBy: null, resolvedAt: null,
        detail: { change: r.id, requestedBy: r.requestedBy, approvedBy: auditor.accountId, appliedInLastHourByRequester: counts.byAuditor, appliedInLastHourInRegion: counts.inRegion, limits: this.deps.limits } })
      await tx.audit.append({ region: r.region, actor: auditor.accountId, action: 'status.change.held', subject: r.accountId, reason: 'bulk-threshold', data: { change: r.id, ...counts } })
      for (const admin of (await tx.staff.listByRegion(r.region)).filter(s => s.role === 'admin' && s.status === 'active')) {
        await tx.notices.add({ id: newId(), accountId: admin.accountId, at: now, kind: 'status-changed', readAt: null, text: {
          title: { zh: '批量转码告警：人工转码已暂停', en: 'Bulk-change alarm: manual changes stopped' },
          body: { zh: `一名审核员一小时内的人工转码已达上限（${counts.byAuditor} 次），请核查`, en: `One auditor reached the hourly limit of manual changes (${counts.byAuditor}); please review` }
        } })
      }
    })
    return (await store.statusChanges.find(r.id))!
  }

  /** Applies an approved (or released) change: a manual status record, lifted only by auditors. */
  async apply(r: StatusChangeRequest, approver: string): Promise<void> {
    const { store, clock, pii, pseudonymOf } = this.deps
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

  async reject(auditor: Actor, id: string, note: string): Promise<StatusChangeRequest> {
    const r = await this.pending(auditor, id, ['pending', 'held'])
    const now = this.deps.clock.now()
    await this.deps.store.transaction(async tx => {
      await tx.statusChanges.decide(r.id, { state: 'rejected', decidedBy: auditor.accountId, decidedAt: now, appliedAt: null })
      await tx.audit.append({ region: r.region, actor: auditor.accountId, action: 'status.change.reject', subject: r.accountId, reason: note.slice(0, 200), data: { change: r.id } })
      // The case that asked for this change goes back to the queue.
      if (r.caseId) for (const kind of ['correction', 'appeal', 'flag'] as const) if (await tx.cases.find(kind, r.caseId)) await tx.cases.decide(kind, r.caseId, 'open', null, now)
    })
    return (await this.deps.store.statusChanges.find(id))!
  }
}
