// The imports and their accepted rows. What admins see of an import (DataImport) is defined in the
// contract; the store also keeps its match preview, which only a deciding admin reads (import-preview),
// and the rows, with their sealed ID numbers, which never leave the host.
import type { DataImport, ImportPreview, ImportSource } from '@core/api/contract/imports'
import type { RiskLevel } from '@core/api/contract/rules'

export type { DataImport, ImportPreview }

/** An import as stored: what admins see, and the match preview (null until computed). */
export interface StoredImport extends DataImport {
  preview: ImportPreview | null
}

/** One accepted row, normalised: a risk area, or a person's record matched by the keyed hash of the ID. */
export type ImportRecord =
  | { kind: 'risk-area'; regionCode: string; level: RiskLevel; from: string; to: string }
  | { kind: 'lab'; idHash: string; idEnc: string; result: 'negative' | 'positive'; sampledAt: number; institution: string }
  | { kind: 'vaccination'; idHash: string; idEnc: string; doses: number; complete: boolean; lastDoseDate: string }
  | { kind: 'contact'; idHash: string; idEnc: string; contact: 'confirmed' | 'suspected' | 'close' | 'secondary'; listedAt: string }

export interface ImportStore {
  create(i: StoredImport): Promise<void>
  find(id: string): Promise<StoredImport | null>
  /** The earlier import of the same file (same region, source and hash) that was not rejected or failed. */
  findSameFile(region: string, source: ImportSource, fileHash: string): Promise<StoredImport | null>
  update(id: string, patch: Partial<Omit<StoredImport, 'id' | 'region' | 'source'>>): Promise<void>
  list(region: string, limit: number): Promise<StoredImport[]>
  /** The imports of the region uploaded by `uploadedBy` and rejected at or after `since` (the rejected-uploads alarm). */
  rejectedSince(region: string, uploadedBy: string, since: number): Promise<string[]>
  addRows(importId: string, rows: { line: number; record: ImportRecord }[]): Promise<void>
  rows(importId: string): Promise<ImportRecord[]>
}
