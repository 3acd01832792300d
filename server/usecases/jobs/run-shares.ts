// Runs jobs' shares in this process, alongside any number of other processes on the same store. Each share
// is claimed under a lease this process renews while it works; each batch's status changes commit with the
// share's progress, in one transaction that first checks the share is still this process's. So a share
// whose process died is taken over when its lease lapses and resumed after its last committed batch: no
// citizen is re-evaluated twice by the job or skipped, and progress is the sum of what the shares committed.
import { reasonText } from '@core/rules'
import type { Job, JobShare } from '../../ports/job-store'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Notifier } from '../../ports/notifier'
import { logError } from '../../kernel/log'
import { reassessBatch, type BatchResult, type ReauditDeps } from '../assessment/reassess-batch'
import { nextBatch, scopesOf } from './job-shares'

export interface JobDeps extends ReauditDeps {
  clock: Clock
  notifier?: Notifier
}

export interface ShareSettings {
  /** This process's name in the leases it holds; unique per process. */
  owner: string
  /** How long a claim lasts without renewal (JOB_LEASE_MS): a dead process's share waits this long for another. */
  leaseMs: number
  /** Citizens per share (JOB_SHARE_SIZE). */
  shareSize: number
  /** Citizens per batch, one transaction each (JOB_BATCH_SIZE). */
  batchSize: number
}

/** A share whose run fails on this claim of it or a later one fails its job; before, it is left to be tried again. */
export const MAX_SHARE_ATTEMPTS = 5

class ShareLost extends Error {}

export class RunShares {
  constructor(private readonly deps: JobDeps, private readonly settings: ShareSettings) {}

  /**
   * Splits queued jobs (or the one job given), then runs claimable shares until none is left or `stopping()`
   * is true. A share this process stops working on is given back, or left to its lease after an error.
   * Returns how many shares this call finished.
   */
  async execute({ jobId, stopping = () => false }: { jobId?: string; stopping?: () => boolean } = {}): Promise<number> {
    const { store, clock } = this.deps
    if (!(await this.prepare(jobId))) return 0
    let finished = 0
    while (!stopping()) {
      const now = clock.now()
      const share = await store.jobs.claimShare(this.settings.owner, now, now + this.settings.leaseMs, jobId)
      if (!share) break
      try {
        if (await this.runShare(share, stopping)) finished++
      } catch (e) {
        logError('job share', e)
        if (share.attempts >= MAX_SHARE_ATTEMPTS) await store.jobs.update(share.jobId, { state: 'failed', error: (e as Error).message }, clock.now())
        // Otherwise its lease lapses and a process tries it again.
        break
      }
      await store.jobs.finishIfComplete(share.jobId, clock.now())
    }
    return finished
  }

  /**
   * Cuts each queued job into shares, once (of processes racing for a job, one stores its shares), and
   * closes a job whose last share finished in a process that died before closing it. False when there is
   * no unfinished job to work on.
   */
  private async prepare(jobId?: string): Promise<boolean> {
    const { store, clock } = this.deps
    const jobs = (jobId ? [await store.jobs.find(jobId)] : await store.jobs.unfinished()).filter(j => j?.state === 'queued' || j?.state === 'running') as Job[]
    for (const job of jobs) {
      if (job.state === 'running') { await store.jobs.finishIfComplete(job.id, clock.now()); continue }
      await store.transaction(async tx => {
        const fresh = await tx.jobs.find(job.id)
        if (fresh?.state !== 'queued') return
        await tx.jobs.split(job.id, await scopesOf(tx, fresh, this.settings.shareSize), clock.now())
      })
    }
    return jobs.length > 0
  }

  /** Runs a claimed share to its end (true), or until it is lost or this process stops (false). */
  private async runShare(share: JobShare, stopping: () => boolean): Promise<boolean> {
    const { store, clock } = this.deps
    const { owner, leaseMs, batchSize } = this.settings
    const job = await store.jobs.find(share.jobId) as Job
    const areas = await store.riskAreas.all()
    const ctx = {
      actor: job.params.importId ? `import:${job.params.importId}` : job.createdBy,
      source: job.params.importId ? 'import' as const : 'rules' as const,
      cause: { job: job.id, reason: job.params.reason, ...(job.params.importId ? { importId: job.params.importId } : {}) }
    }
    let { resumeAfter, done, changed } = share
    let lost = false
    const renew = setInterval(() => {
      store.jobs.renewShare(share.jobId, share.seq, owner, clock.now() + leaseMs)
        .then(held => { if (!held) lost = true }, e => logError('job share lease', e))
    }, Math.max(50, Math.floor(leaseMs / 3)))
    renew.unref?.()
    try {
      for (;;) {
        if (lost) return false
        if (stopping()) { await store.jobs.releaseShare(share.jobId, share.seq, owner); return false }
        const { ids, last } = await nextBatch(store, job.region, share, resumeAfter, batchSize)
        const now = clock.now()
        const record = async (tx: Store, r: Pick<BatchResult, 'evaluated' | 'changed'>) => {
          const progress = { resumeAfter: ids.length ? ids[ids.length - 1] : resumeAfter, done: done + r.evaluated, changed: changed + r.changed, finished: last }
          if (!(await tx.jobs.advanceShare(share.jobId, share.seq, owner, progress, now + leaseMs, now))) throw new ShareLost()
        }
        let r: BatchResult = { evaluated: 0, changed: 0, colourChanges: [] }
        if (ids.length) r = await reassessBatch(this.deps, job.region, ids, now, areas, ctx, { commit: record })
        else await store.transaction(tx => record(tx, r))
        resumeAfter = ids.length ? ids[ids.length - 1] : resumeAfter
        done += r.evaluated
        changed += r.changed
        for (const c of r.colourChanges) {
          this.deps.notifier?.statusChanged(c.accountId, { from: c.from, to: c.to, reason: reasonText(null), at: clock.now() }).catch(e => logError('notify', e))
        }
        if (last) return true
      }
    } catch (e) {
      // Another process took the share over (this one's lease had lapsed): its batch was rolled back.
      if (e instanceof ShareLost) return false
      throw e
    } finally {
      clearInterval(renew)
    }
  }
}
