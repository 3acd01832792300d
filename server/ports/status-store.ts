import type { StatusRecord } from '@core/rules'

export interface StoredStatus {
  accountId: string
  region: string
  record: StatusRecord
  /** The facts that produced this status, kept when it changes (not on every evaluation). */
  inputs: unknown
  revokedBefore: number | null
  evaluatedAt: number
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
  appendHistory(entry: HistoryEntry): Promise<void>
  history(accountId: string, limit: number): Promise<HistoryEntry[]>
}
