// The imports and their accepted rows. What an import is (DataImport) is also what admins see of it, so
// it is defined once, in the contract; the rows, with their sealed ID numbers, never leave the host.
import type { DataImport, ImportSource } from '@core/api/contract/imports'
import type { RiskLevel } from '@core/api/contract/rules'

export type { DataImport }

/** One accepted row, normalised: a risk area, or a person's record matched by the keyed hash of the ID. */
export type ImportRecord =
  | { kind: 'risk-area'; regionCode: string; level: RiskLevel; from: string; to: string }
  | { kind: 'lab'; idHash: string; idEnc: string; result: 'negative' | 'positive'; sampledAt: number; institution: string }
  | { kind: 'vaccination'; idHash: string; idEnc: string; doses: number; complete: boolean; lastDoseDate: string }
  | { kind: 'contact'; idHash: string; idEnc: string; contact: 'confirmed' | 'suspected' | 'close' | 'secondary'; listedAt: string }

export interface ImportStore {
  create(i: DataImport): Promise<void>
  find(id: string): Promise<DataImport | null>
  /** The earlier import of the same file (same region, source and hash) that was not rejected or failed. */
  findSameFile(region: string, source: ImportSource, fileHash: string): Promise<DataImport | null>
  update(id: string, patch: Partial<Omit<DataImport, 'id' | 'region' | 'source'>>): Promise<void>
  list(region: string, limit: number): Promise<DataImport[]>
  addRows(importId: string, rows: { line: number; record: ImportRecord }[]): Promise<void>
  rows(importId: string): Promise<ImportRecord[]>
}
