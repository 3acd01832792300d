// Runs background jobs in the process that queued them, and on start picks up jobs a stopped process left
// unfinished (a claim in the store makes sure only one worker runs each). On a cloud platform, where a
// function freezes after answering, jobs are resumed by the same call from a timer-triggered function.
import type { Container } from './container'
import type { Job } from '../ports/job-store'
import { runReassessment } from '../usecases/jobs/reassess-job'
import { logError } from '../kernel/log'

export class JobRunner {
  private readonly running = new Map<string, Promise<Job | null>>()

  constructor(private readonly c: Container) {}

  start(job: Pick<Job, 'id'>): Promise<Job | null> {
    let run = this.running.get(job.id)
    if (!run) {
      const c = this.c
      run = runReassessment({ store: c.store, pii: c.pii, rules: c.rules, pseudonymOf: c.pseudonymOf, clock: c.clock, notifier: c.notifier }, job.id)
        .catch(e => { logError('job', e); return null })
        .finally(() => this.running.delete(job.id))
      this.running.set(job.id, run)
    }
    return run
  }

  async resumeUnfinished(): Promise<void> {
    for (const job of await this.c.store.jobs.unfinished()) void this.start(job)
  }

  /** Waits for every job running in this process (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()])
  }
}
