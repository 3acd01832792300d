// 任务进度 — progress of a background re-audit of the caller's region.
import { z } from 'zod'
import { AppError } from '@core/api/app-error'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction({
  access: ['admin', 'auditor'],
  input: z.object({ jobId: idSchema }).strict(),
  run: async ({ jobId }, { c, actor }) => {
    const job = await c.store.jobs.find(jobId)
    if (!job || job.region !== actor.staff!.region) throw new AppError('NOT_FOUND', 'job')
    return { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed, reason: job.params.reason, updatedAt: job.updatedAt, error: job.error }
  }
})
