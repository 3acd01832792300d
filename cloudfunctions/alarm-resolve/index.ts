// 处理告警 — a region admin releases a held change (it was already approved by two auditors) or cancels it.
import { z } from 'zod'
import { AppError } from '@core/api/app-error'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { decideChange } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ alarmId: idSchema, action: z.enum(['release', 'cancel']), note: z.string().trim().min(2, 'too_short').max(500) }).strict(),
  run: async ({ alarmId, action, note }, { c, actor }) => {
    const alarm = await c.store.alarms.find(alarmId)
    if (!alarm || alarm.region !== actor.staff!.region || alarm.state !== 'open') throw new AppError('NOT_FOUND', 'alarm')
    if (alarm.detail.job) {
      const job = await c.store.jobs.find(String(alarm.detail.job))
      if (job && job.state === 'held') {
        await c.store.jobs.update(job.id, { state: action === 'release' ? 'queued' : 'failed', error: action === 'cancel' ? 'cancelled by an admin' : null }, c.clock.now())
        if (action === 'release') void c.jobs.start(job)
      }
    }
    const change = alarm.detail.change ? await c.store.statusChanges.find(String(alarm.detail.change)) : null
    if (change && change.state === 'held') {
      if (action === 'release') await decideChange(c).apply(change, String(alarm.detail.approvedBy))
      else await c.store.statusChanges.decide(change.id, { state: 'rejected', decidedBy: actor.accountId, decidedAt: c.clock.now(), appliedAt: null })
    }
    await c.store.transaction(async tx => {
      await tx.alarms.resolve(alarmId, actor.accountId, c.clock.now())
      await tx.audit.append({ region: alarm.region, actor: actor.accountId, action: `alarm.${action}`, subject: change?.accountId ?? null, reason: note, data: { alarm: alarmId, change: change?.id ?? null } })
    })
    return { alarmId, action }
  }
})
