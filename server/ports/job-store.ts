import type { JobState } from '@core/api/contract/imports'

export interface Job {
  id: string
  region: string
  kind: 'reaudit'
  state: JobState
  params: { accountIds?: string[]; all?: boolean; reason: string; importId?: string; ruleVersion?: number }
  total: number
  done: number
  changed: number
  createdBy: string
  createdAt: number
  updatedAt: number
  error: string | null
}

export interface JobStore {
  create(job: Job): Promise<void>
  find(id: string): Promise<Job | null>
  update(id: string, patch: Partial<Pick<Job, 'state' | 'total' | 'done' | 'changed' | 'error'>>, at: number): Promise<void>
  /** Claims a queued job, or a running one whose worker stopped updating it, so exactly one worker runs it. */
  claim(id: string, staleBefore: number, at: number): Promise<boolean>
  unfinished(): Promise<Job[]>
}
