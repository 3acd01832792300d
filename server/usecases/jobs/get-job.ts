// The progress of a background re-audit, for the admins and auditors of the job's own region.
import { AppError } from '@core/api/app-error'
import type { JobStatus, jobStatus } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'

export class GetJob {
  constructor(private readonly deps: { jobs: Pick<JobStore, 'find'> }) {}

  async execute(actor: Actor, { jobId }: ParsedInputOf<typeof jobStatus>): Promise<JobStatus> {
    const job = await this.deps.jobs.find(jobId)
    if (!job || job.region !== actor.staff!.region) throw new AppError('NOT_FOUND', 'job')
    return { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed, reason: job.params.reason, updatedAt: job.updatedAt, error: job.error }
  }
}
