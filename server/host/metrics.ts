// One worker's Prometheus metrics. Requests are counted as they are answered; everything read from the
// store (is it up, jobs, audit signing, the trust list's age) is read when Prometheus scrapes, once per
// scrape and with a short timeout, never on the request path; while the store does not answer
// (healthcode_store_up 0) those gauges keep their last read values. Labels are function names (known ones,
// else "unknown") and return codes only: no paths with ids, no phones, no accounts.
// With several workers the primary adds them up (metrics-server.ts); the `aggregator` of each family says
// how: counts of this worker's own work are summed, facts about the shared store take the largest.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { JobState } from '@core/api/contract/imports'
import type { AuditSigning, HostProbes } from '../runtime/host-probes'
import type { JobTally } from '../ports/store-probe'
import type { LoadShedder } from './load-shedder'

/** What api-routes.ts reports; `fn` is a registered function's name or "unknown". */
export interface RequestObserver {
  answered(fn: string, code: number, seconds: number): void
  shed(fn: string): void
}

const JOB_STATES: JobState[] = ['queued', 'running', 'held', 'done', 'failed']

interface StoreFacts {
  up: boolean
  jobs: JobTally[] | null
  audit: AuditSigning | null
  trustListAgeSeconds: number | null
}

export class HostMetrics implements RequestObserver {
  readonly registry = new Registry()
  private readonly requests: Counter<'function' | 'code'>
  private readonly latency: Histogram<'function'>
  private readonly refused: Counter<'function'>
  private reading: Promise<StoreFacts> | null = null

  constructor(shedder: LoadShedder, private readonly probes: HostProbes, private readonly timeoutMs: number) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    this.requests = new Counter({ name: 'healthcode_requests_total', help: 'Function calls answered, by function and return code (50302 includes shed calls).', labelNames: ['function', 'code'], registers })
    this.latency = new Histogram({
      name: 'healthcode_request_duration_seconds', help: 'Time to answer a function call that was served (shed calls are not timed).',
      labelNames: ['function'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers
    })
    this.refused = new Counter({ name: 'healthcode_shed_requests_total', help: 'Function calls refused with 50302 because the worker held MAX_IN_FLIGHT calls.', labelNames: ['function'], registers })
    new Gauge({ name: 'healthcode_in_flight_requests', help: 'Function calls being served now.', registers, collect() { this.set(shedder.inFlight) } })
    new Gauge({ name: 'healthcode_max_in_flight', help: 'Function calls the workers hold before shedding (MAX_IN_FLIGHT per worker, summed).', registers, collect() { this.set(shedder.maxInFlight) } })

    const facts = () => this.storeFacts()
    new Gauge({
      name: 'healthcode_store_up', help: '1 when the store answered select 1 within READY_TIMEOUT_MS at this scrape, else 0.', aggregator: 'min', registers,
      async collect() { this.set((await facts()).up ? 1 : 0) }
    })
    if (probes.store.pool()) {
      const pool = (name: string, help: string, pick: (p: NonNullable<ReturnType<typeof probes.store.pool>>) => number) =>
        new Gauge({ name, help, registers, collect() { const p = probes.store.pool(); if (p) this.set(pick(p)) } })
      pool('healthcode_db_pool_connections', 'PostgreSQL connections open in the pools.', p => p.total)
      pool('healthcode_db_pool_idle_connections', 'PostgreSQL connections open and idle.', p => p.idle)
      pool('healthcode_db_pool_waiting_queries', 'Queries waiting for a PostgreSQL connection.', p => p.waiting)
    }
    const jobGauge = (name: string, help: string, pick: (t: JobTally) => number) => new Gauge({
      name, help, labelNames: ['state'], aggregator: 'max', registers,
      async collect() {
        const tally = (await facts()).jobs
        if (!tally) return
        this.reset()
        for (const state of JOB_STATES) this.set({ state }, tally.filter(t => t.state === state).reduce((n, t) => n + pick(t), 0))
      }
    })
    jobGauge('healthcode_jobs', 'Background re-assessment jobs by state.', t => t.jobs)
    jobGauge('healthcode_job_rows_done', 'Rows re-assessed so far, over the jobs in each state.', t => t.done)
    jobGauge('healthcode_job_rows_planned', 'Rows to re-assess, over the jobs in each state.', t => t.total)
    new Gauge({
      name: 'healthcode_audit_checkpoint_age_seconds', help: 'Seconds since the audit chain head was last signed (before the first checkpoint: since the first entry; 0 for an empty chain).', aggregator: 'max', registers,
      async collect() { const a = (await facts()).audit; if (a) this.set(a.checkpointAgeSeconds) }
    })
    new Gauge({
      name: 'healthcode_audit_unsigned_entries', help: 'Audit entries appended since the last checkpoint.', aggregator: 'max', registers,
      async collect() { const a = (await facts()).audit; if (a) this.set(a.unsigned) }
    })
    new Gauge({
      name: 'healthcode_trust_list_age_seconds', help: 'Seconds since the revocation list in the published trust list was signed.', aggregator: 'max', registers,
      async collect() { const age = (await facts()).trustListAgeSeconds; if (age !== null) this.set(age) }
    })
  }

  answered(fn: string, code: number, seconds: number): void {
    this.requests.inc({ function: fn, code: String(code) })
    this.latency.observe({ function: fn }, seconds)
  }

  shed(fn: string): void {
    this.refused.inc({ function: fn })
    this.requests.inc({ function: fn, code: '50302' })
  }

  /**
   * The store's facts, read once per scrape: every gauge's collect starts in the same turn of a scrape, so
   * they share the read in progress; the next scrape reads afresh.
   */
  private storeFacts(): Promise<StoreFacts> {
    if (this.reading) return this.reading
    const t = this.timeoutMs
    const reading = (async (): Promise<StoreFacts> => {
      const up = await withTimeout(this.probes.store.ping(), t).then(() => true, () => false)
      if (!up) return { up, jobs: null, audit: null, trustListAgeSeconds: null }
      const [jobs, audit, trustListAgeSeconds] = await Promise.all([
        withTimeout(this.probes.store.jobTally(), t).catch(() => null),
        withTimeout(this.probes.auditSigning(), t).catch(() => null),
        withTimeout(this.probes.trustListAgeSeconds(), t).catch(() => null)
      ])
      return { up, jobs, audit, trustListAgeSeconds }
    })()
    this.reading = reading.finally(() => { this.reading = null })
    return this.reading
  }
}

/** Rejects when `p` has not settled within `ms`; `p` itself goes on (a query cannot be called back). */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    p.then(v => { clearTimeout(timer); resolve(v) }, e => { clearTimeout(timer); reject(e) })
  })
}
