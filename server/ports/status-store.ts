import type { StatusRecord } from '@core/rules'

export interface StoredStatus {
  accountId: string
  region: string
  record: StatusRecord
  /** The facts that produced this status, kept when it changes (not on every evaluation). */
  inputs: unknown
  revokedBefore: number | null
  evaluatedAt: number
  /** Checkpoint facts for codes: until when the latest negative test counts (ms), vaccination complete. */
  testValidUntil: number | null
  vaccinated: boolean
}

export interface HistoryEntry {
  id: string
  accountId: string
  at: number
  from: StatusRecord['status'] | null
  record: StatusRecord
  inputs: unknown
  source: 'rules' | 'manual' | 'import'
  actor: string
}

export interface StatusStore {
  find(accountId: string): Promise<StoredStatus | null>
  save(status: StoredStatus): Promise<void>
  /** Statuses without their stored inputs (a re-audit reads many and rarely needs them). */
  findMany(accountIds: string[]): Promise<Map<string, Omit<StoredStatus, 'inputs'>>>
  saveCheckpoint(accountId: string, testValidUntil: number | null, vaccinated: boolean): Promise<void>
  /** Remembers the latest revocation cut-off of the holder (any device), so new codes are issued after it. */
  raiseRevokedBefore(accountId: string, before: number): Promise<void>
  appendHistory(entry: HistoryEntry): Promise<void>
  /** The status and its history follow an identity that an approved recovery moves to another account. */
  moveTo(fromAccountId: string, toAccountId: string): Promise<void>
  history(accountId: string, limit: number): Promise<HistoryEntry[]>
}
