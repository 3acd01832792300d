// Runs background jobs in the process that queued them, and on start picks up jobs a stopped process left
// unfinished (a claim in the store makes sure only one worker runs each). On a cloud platform, where a
// function freezes after answering, jobs are resumed by the same call from a timer-triggered function.
import type { Job } from '../ports/job-store'
import type { JobStarter } from '../ports/job-starter'
import { runReassessment, type JobDeps } from '../usecases/jobs/reassess-job'
import { logError } from '../kernel/log'

export class JobRunner implements JobStarter {
  private readonly running = new Map<string, Promise<Job | null>>()

  /** The container, whose keys a reload replaces: read at each start, so a new job runs with the new keys. */
  constructor(private readonly deps: JobDeps) {}

  start(job: Pick<Job, 'id'>): Promise<Job | null> {
    let run = this.running.get(job.id)
    if (!run) {
      const { store, pii, rules, pseudonymOf, clock, notifier } = this.deps
      run = runReassessment({ store, pii, rules, pseudonymOf, clock, notifier }, job.id)
        .catch(e => { logError('job', e); return null })
        .finally(() => this.running.delete(job.id))
      this.running.set(job.id, run)
    }
    return run
  }

  async resumeUnfinished(): Promise<void> {
    for (const job of await this.deps.store.jobs.unfinished()) void this.start(job)
  }

  /** Waits for every job running in this process (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()])
  }
}
