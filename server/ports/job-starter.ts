import type { Job } from './job-store'

/**
 * Starts a queued background job in this process without waiting for it. The job's progress and any
 * failure are kept in the job store; every process on the store polls for its shares too, so a stopped
 * process's work is taken over by the others.
 */
export interface JobStarter {
  start(job: Pick<Job, 'id'>): void
}
