// What the host's readiness check and metrics ask of the store: cheap reads with no personal data.
import type { JobState } from '@core/api/contract/imports'

export interface JobTally {
  state: JobState
  jobs: number
  /** Rows re-assessed so far and rows planned, over the jobs in this state. */
  done: number
  total: number
}

export interface PoolUse {
  /** Connections open, idle among them, and queries waiting for one. */
  total: number
  idle: number
  waiting: number
}

export interface StoreProbe {
  /** Resolves when the store answers a trivial query (`select 1`); rejects otherwise. */
  ping(): Promise<void>
  /** Background jobs by state, with their progress. */
  jobTally(): Promise<JobTally[]>
  /** The connection pool's use; null for a store without one (SQLite). */
  pool(): PoolUse | null
}
