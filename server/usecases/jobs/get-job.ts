// The progress of a background re-audit, for the admins and auditors of the job's own region. The
// re-audit of an import is not answered to that import's uploader (40305): how many people it reaches
// and changes follows from who is registered, which the uploader must not learn from their own file.
import { AppError } from '@core/api/app-error'
import type { JobStatus, jobStatus } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { ImportStore } from '../../ports/import-store'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'

export class GetJob {
  constructor(private readonly deps: { jobs: Pick<JobStore, 'find'>; imports: Pick<ImportStore, 'find'> }) {}

  async execute(actor: Actor, { jobId }: ParsedInputOf<typeof jobStatus>): Promise<JobStatus> {
    const job = await this.deps.jobs.find(jobId)
    if (!job || job.region !== actor.staff!.region) throw new AppError('NOT_FOUND', 'job')
    if (job.params.importId && (await this.deps.imports.find(job.params.importId))?.uploadedBy === actor.accountId) {
      throw new AppError('SECOND_APPROVER_REQUIRED', 'the re-audit of your own import is shown to the other admins')
    }
    return { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed, reason: job.params.reason, updatedAt: job.updatedAt, error: job.error }
  }
}
