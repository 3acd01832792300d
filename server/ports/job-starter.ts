import type { Job } from './job-store'

/**
 * Starts a queued background job in this process without waiting for it. The job's progress and any
 * failure are kept in the job store; a stopped process's jobs are picked up again at the next start.
 */
export interface JobStarter {
  start(job: Pick<Job, 'id'>): void
}
