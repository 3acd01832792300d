// A region admin resolves a bulk-change alarm with a note. Releasing lets the held work go ahead: a held
// re-assessment is queued and started, a held manual change (already approved by two auditors) is
// applied. Cancelling fails the job or rejects the change. Either way the alarm closes, logged.
import { AppError } from '@core/api/app-error'
import type { AlarmResolution, alarmResolve } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { JobStarter } from '../../ports/job-starter'
import type { Actor } from '../actor'
import { applyStatusChange, type ApplyChangeDeps } from './apply-status-change'
import { settleHeldStaffRequest } from '../staff/staff-requests'

export class ResolveAlarm {
  constructor(private readonly deps: ApplyChangeDeps & { jobs: JobStarter }) {}

  async execute(admin: Actor, { alarmId, action, note }: ParsedInputOf<typeof alarmResolve>): Promise<AlarmResolution> {
    const { store, clock, jobs } = this.deps
    const alarm = await store.alarms.find(alarmId)
    if (!alarm || alarm.region !== admin.staff!.region || alarm.state !== 'open') throw new AppError('NOT_FOUND', 'alarm')
    // An alarm about an admin's uploads is for the other admins to resolve (docs/imports.md).
    if ((alarm.kind === 'import-upload' || alarm.kind === 'import-rejections') && alarm.detail.uploadedBy === admin.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    if (alarm.detail.job) {
      const job = await store.jobs.find(String(alarm.detail.job))
      if (job && job.state === 'held') {
        await store.jobs.update(job.id, { state: action === 'release' ? 'queued' : 'failed', error: action === 'cancel' ? 'cancelled by an admin' : null }, clock.now())
        if (action === 'release') jobs.start(job)
      }
    }
    // A held grant of staff power: another admin releases it (to wait for approval) or cancels it.
    if (alarm.kind === 'bulk-staff' && alarm.detail.requestedBy === admin.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    const staffRequest = alarm.detail.staffRequest ? await settleHeldStaffRequest(store, String(alarm.detail.staffRequest), action, admin.accountId, note, clock.now()) : null
    const change = alarm.detail.change ? await store.statusChanges.find(String(alarm.detail.change)) : null
    if (change && change.state === 'held') {
      if (action === 'release') await applyStatusChange(this.deps, change, String(alarm.detail.approvedBy))
      else await store.statusChanges.decide(change.id, { state: 'rejected', decidedBy: admin.accountId, decidedAt: clock.now(), appliedAt: null })
    }
    await store.transaction(async tx => {
      await tx.alarms.resolve(alarmId, admin.accountId, clock.now())
      await tx.audit.append({ region: alarm.region, actor: admin.accountId, action: `alarm.${action}`, subject: change?.accountId ?? staffRequest?.accountId ?? null, reason: note, data: { alarm: alarmId, change: change?.id ?? null } })
    })
    return { alarmId, action }
  }
}
