// The second auditor approves a pending manual change. Never the requester, nor an auditor whose origin
// is not independent of the requester's (docs/dual-control.md); never someone of another region; admins
// have no way around it. Above the bulk threshold the change is held and the region's
// admins are alarmed instead of it being applied.
import { AppError } from '@core/api/app-error'
import type { ChangeRequest, statusChangeApprove } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { StatusChangeRequest } from '../../ports/status-change-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { applyStatusChange, type ApplyChangeDeps } from './apply-status-change'
import type { BulkLimits } from './bulk-limits'
import { assertIndependent, type IndependenceRule } from '../staff/independent-origins'
import { findChange } from './find-change'

export class ApproveStatusChange {
  constructor(private readonly deps: ApplyChangeDeps & { limits: BulkLimits; independence: IndependenceRule }) {}

  async execute(auditor: Actor, { changeId }: ParsedInputOf<typeof statusChangeApprove>): Promise<ChangeRequest> {
    const { store, clock, limits } = this.deps
    const r = await findChange(store.statusChanges, auditor, changeId, ['pending'])
    if (r.requestedBy === auditor.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    // Nor an auditor whose origin is not independent of the requester's: one admin must not have made both.
    await assertIndependent(store.staff, this.deps.independence, r.requestedBy, auditor.accountId, clock.now())
    const hourAgo = clock.now() - 3600_000
    const byAuditor = await store.statusChanges.appliedSince({ requestedBy: r.requestedBy }, hourAgo)
    const inRegion = await store.statusChanges.appliedSince({ region: r.region }, hourAgo)
    if (byAuditor >= limits.perAuditorPerHour || inRegion >= limits.perRegionPerHour) return this.hold(auditor, r, { byAuditor, inRegion })
    await applyStatusChange(this.deps, r, auditor.accountId)
    return (await store.statusChanges.find(changeId))!
  }

  private async hold(auditor: Actor, r: StatusChangeRequest, counts: { byAuditor: number; inRegion: number }): Promise<ChangeRequest> {
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
}
