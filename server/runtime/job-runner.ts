// Runs background jobs' shares in this process. Every process of every host on the same store polls for
// claimable shares (JOB_POLL_MS), so a job is shared out across hosts and outlives the host that queued
// it; the process that queues a job also starts on it at once. On a cloud platform, where a function
// freezes after answering, the same poll is made by a timer-triggered function (resumeUnfinished).
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Job } from '../ports/job-store'
import type { JobStarter } from '../ports/job-starter'
import type { Config } from './config'
import { RunShares, type JobDeps } from '../usecases/jobs/run-shares'
import { logError } from '../kernel/log'

export class JobRunner implements JobStarter {
  /** This process's name in the share leases it holds (host, pid and a nonce, so a restarted pid is someone else). */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
  private readonly running = new Map<string, Promise<Job | null>>()
  private polling: Promise<unknown> | null = null
  private stopping = false

  /** The container, whose keys a reload replaces: read at each start, so new work runs with the new keys. */
  constructor(private readonly deps: JobDeps & { config: Pick<Config, 'jobs'> }) {}

  private shares(): RunShares {
    const { store, pii, rules, pseudonymOf, clock, notifier, config } = this.deps
    return new RunShares({ store, pii, rules, pseudonymOf, clock, notifier }, { owner: this.owner, ...config.jobs })
  }

  /** Works on this job's shares now, until none is left to take here; the job as it then stands. */
  start(job: Pick<Job, 'id'>): Promise<Job | null> {
    let run = this.running.get(job.id)
    if (!run) {
      run = this.shares().execute({ jobId: job.id, stopping: () => this.stopping })
        .then(() => this.deps.store.jobs.find(job.id))
        .catch(e => { logError('job', e); return null })
        .finally(() => this.running.delete(job.id))
      this.running.set(job.id, run)
    }
    return run
  }

  /** One look for work of any job (queued jobs to split, shares to take or take over), unless one is under way. */
  resumeUnfinished(): Promise<void> {
    if (!this.polling && !this.stopping) {
      this.polling = this.shares().execute({ stopping: () => this.stopping })
        .catch(e => logError('job poll', e))
        .finally(() => { this.polling = null })
    }
    return this.polling ? this.polling.then(() => undefined) : Promise.resolve()
  }

  /** Polls every `everyMs` (the first look at once); the returned function stops polling and makes running shares stop after their batch. */
  poll(everyMs: number): () => void {
    void this.resumeUnfinished()
    const timer = setInterval(() => { void this.resumeUnfinished() }, everyMs)
    timer.unref?.()
    return () => { clearInterval(timer); this.stopping = true }
  }

  /** Waits for every job running in this process (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values(), this.polling])
  }
}
