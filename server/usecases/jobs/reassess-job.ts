// The background re-audit: after data or rules change, exactly the affected citizens (or, for new rules,
// every citizen of the region) are re-evaluated in batches, with progress kept in the store. A changed
// colour revokes the old codes through the revocation list, which verifiers pick up at their next sync.
// A job is split into shares that any process on the same store may run (run-shares.ts).
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Job } from '../../ports/job-store'
import { newId } from '../../kernel/ids'
import { RunShares, type JobDeps, type ShareSettings } from './run-shares'

export type { JobDeps } from './run-shares'

/** Citizens re-evaluated per transaction, unless configured (JOB_BATCH_SIZE). */
export const BATCH = 500

export async function queueReassessment(store: Store, clock: Clock, region: string, params: Job['params'], createdBy: string): Promise<Job> {
  const now = clock.now()
  const total = params.all ? await store.auditData.countCitizens(region) : params.accountIds?.length ?? 0
  const job: Job = { id: newId(), region, kind: 'reaudit', state: 'queued', params, total, done: 0, changed: 0, createdBy, createdAt: now, updatedAt: now, error: null }
  await store.jobs.create(job)
  return job
}

/**
 * Runs a job's shares in this process until none is left to take (benchmarks, a single process); shares
 * other processes hold stay theirs. The job as it then stands.
 */
export async function runReassessment(deps: JobDeps, jobId: string, settings: Partial<ShareSettings> = {}): Promise<Job | null> {
  await new RunShares(deps, { owner: `local:${newId()}`, leaseMs: 60_000, shareSize: 4 * BATCH, batchSize: BATCH, ...settings }).execute({ jobId })
  return deps.store.jobs.find(jobId)
}
