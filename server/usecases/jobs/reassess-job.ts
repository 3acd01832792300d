// The background re-audit: after data or rules change, exactly the affected citizens (or, for new rules,
// every citizen of the region) are re-evaluated in batches, with progress kept in the store. A changed
// colour revokes the old codes through the revocation list, which verifiers pick up at their next sync.
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Job } from '../../ports/job-store'
import type { Notifier } from '../../ports/notifier'
import { reasonText } from '@core/rules'
import { newId } from '../../kernel/ids'
import { logError } from '../../kernel/log'
import { reassessBatch, ReauditDeps } from '../assessment/reassess-batch'

export const BATCH = 500
const STALE_MS = 60_000

export interface JobDeps extends ReauditDeps {
  clock: Clock
  notifier?: Notifier
}

export async function queueReassessment(store: Store, clock: Clock, region: string, params: Job['params'], createdBy: string): Promise<Job> {
  const now = clock.now()
  const total = params.all ? await store.auditData.countCitizens(region) : params.accountIds?.length ?? 0
  const job: Job = { id: newId(), region, kind: 'reaudit', state: 'queued', params, total, done: 0, changed: 0, createdBy, createdAt: now, updatedAt: now, error: null }
  await store.jobs.create(job)
  return job
}

/** Runs a queued job to the end in this process; a second runner finds it claimed and returns. */
export async function runReassessment(deps: JobDeps, jobId: string): Promise<Job | null> {
  const { store, clock } = deps
  if (!(await store.jobs.claim(jobId, clock.now() - STALE_MS, clock.now()))) return store.jobs.find(jobId)
  const job = (await store.jobs.find(jobId)) as Job
  const areas = await store.riskAreas.all()
  const ctx = { actor: job.params.importId ? `import:${job.params.importId}` : job.createdBy, source: job.params.importId ? 'import' as const : 'rules' as const, cause: { job: job.id, reason: job.params.reason, ...(job.params.importId ? { importId: job.params.importId } : {}) } }
  let done = 0
  let changed = 0
  try {
    const pages = job.params.all ? allPages(store, job.region) : listPages(job.params.accountIds ?? [])
    for await (const ids of pages) {
      const r = await reassessBatch(deps, job.region, ids, clock.now(), areas, ctx)
      done += r.evaluated
      changed += r.changed
      await store.jobs.update(job.id, { done, changed }, clock.now())
      for (const c of r.colourChanges) {
        deps.notifier?.statusChanged(c.accountId, { from: c.from, to: c.to, reason: reasonText(null), at: clock.now() }).catch(e => logError('notify', e))
      }
    }
    await store.jobs.update(job.id, { state: 'done', done, changed, total: Math.max(job.total, done) }, clock.now())
  } catch (e) {
    logError('re-audit job failed', e)
    await store.jobs.update(job.id, { state: 'failed', error: (e as Error).message }, clock.now())
  }
  return store.jobs.find(job.id)
}

async function* listPages(ids: string[]) {
  for (let i = 0; i < ids.length; i += BATCH) yield ids.slice(i, i + BATCH)
}

async function* allPages(store: Store, region: string) {
  let after = ''
  for (;;) {
    const ids = await store.auditData.citizenPage(region, after, BATCH)
    if (ids.length === 0) return
    yield ids
    after = ids[ids.length - 1]
  }
}
