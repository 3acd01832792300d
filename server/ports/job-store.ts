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

/** Which citizens a share covers: listed accounts, or the region's account ids after `after` up to `through` (no end when null). */
export type ShareScope = { ids: string[] } | { after: string; through: string | null }

/**
 * A part of a job that one process runs at a time, under a lease it renews. Any process on the same store
 * may claim an open share whose lease has lapsed (its process died), and resumes after `resumeAfter`.
 */
export interface JobShare {
  jobId: string
  seq: number
  scope: ShareScope
  /** The last account of the last committed batch (null: none yet). */
  resumeAfter: string | null
  done: number
  changed: number
  /** How many times the share has been claimed, this claim included. */
  attempts: number
}

/** A batch's effect on its share, recorded in the batch's own transaction. */
export interface ShareProgress {
  resumeAfter: string | null
  done: number
  changed: number
  finished: boolean
}

export interface JobStore {
  create(job: Job): Promise<void>
  /** The job, with `done` and `changed` summed from its shares once it has them. */
  find(id: string): Promise<Job | null>
  update(id: string, patch: Partial<Pick<Job, 'state' | 'total' | 'done' | 'changed' | 'error'>>, at: number): Promise<void>
  /** Queued and running jobs. */
  unfinished(): Promise<Job[]>
  /**
   * Stores a queued job's shares and marks it running, in one go; false when the job is no longer queued
   * (another process split it first). Call it inside a transaction that also read what it splits.
   */
  split(jobId: string, scopes: ShareScope[], at: number): Promise<boolean>
  /** Takes an open share of a running job (of `jobId` only, when given) whose lease is free or lapsed; null when there is none. */
  claimShare(owner: string, now: number, leaseUntil: number, jobId?: string): Promise<JobShare | null>
  /** Extends a lease `owner` still holds; false when the share was taken over or is done. */
  renewShare(jobId: string, seq: number, owner: string, leaseUntil: number): Promise<boolean>
  /**
   * Records a batch on a share `owner` still holds, and extends its lease; false when it no longer holds it
   * (the caller then rolls the batch back). Inside the batch's transaction, before its writes.
   */
  advanceShare(jobId: string, seq: number, owner: string, progress: ShareProgress, leaseUntil: number, at: number): Promise<boolean>
  /** Gives a held share back at once (a stopping process), for another process to resume. */
  releaseShare(jobId: string, seq: number, owner: string): Promise<void>
  /** Marks a running job done when every share is, with its counts summed from them; true when this call did. */
  finishIfComplete(jobId: string, at: number): Promise<boolean>
}
