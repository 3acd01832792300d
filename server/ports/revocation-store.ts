import type { RevocationListFile } from '@core/credential/revocation'

export interface StoredRevocation {
  id: string
  region: string
  holder: string
  device: string | null
  before: number
  reason: string
  createdAt: number
}

export interface RevocationStore {
  add(entry: StoredRevocation): Promise<void>
  /** Entries of a region created since `since`: older ones only revoke credentials that have expired. */
  since(region: string, since: number): Promise<StoredRevocation[]>
  currentList(region: string): Promise<{ seq: number; file: RevocationListFile } | null>
  saveList(region: string, seq: number, issuedAt: number, file: RevocationListFile): Promise<void>
}
