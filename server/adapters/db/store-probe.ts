// The StoreProbe port over Kysely: `select 1`, a grouped count of the jobs table, and the pg pool's counters.
import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'
import type { JobState } from '@core/api/contract/imports'
import type { JobTally, PoolUse, StoreProbe } from '../../ports/store-probe'

/** The counters node-postgres keeps on its Pool. */
export interface PoolCounters { totalCount: number; idleCount: number; waitingCount: number }

export class KyselyStoreProbe implements StoreProbe {
  constructor(private readonly db: Kysely<Database>, private readonly pgPool: PoolCounters | undefined) {}

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db)
  }

  async jobTally(): Promise<JobTally[]> {
    // A running job's progress is in its shares (whichever processes run them); a finished job's, on its row.
    const { rows } = await sql<{ state: string; jobs: number | string; done: number | string | null; total: number | string | null }>`
      select j.state as state, count(*) as jobs, sum(j.total) as total, sum(coalesce(s.done, j.done)) as done
      from jobs j left join (select job_id, sum(done) as done from job_shares group by job_id) s on s.job_id = j.id
      group by j.state`.execute(this.db)
    // PostgreSQL answers count and sum as strings (bigint, numeric).
    return rows.map(r => ({ state: r.state as JobState, jobs: Number(r.jobs), done: Number(r.done ?? 0), total: Number(r.total ?? 0) }))
  }

  pool(): PoolUse | null {
    const p = this.pgPool
    return p ? { total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount } : null
  }
}
