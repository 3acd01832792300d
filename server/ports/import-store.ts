import type { ImportRecord, ImportSource, RowProblem } from '../usecases/imports/import-sources'

export interface ImportPreview {
  affected: number
  wouldChange: number
  byStatus: Record<'green' | 'yellow' | 'red', number>
}

export interface DataImport {
  id: string
  region: string
  source: ImportSource
  fileName: string
  fileHash: string
  state: 'processing' | 'preview' | 'approved' | 'rejected' | 'failed'
  uploadedBy: string
  uploadedAt: number
  totalRows: number
  acceptedRows: number
  rejected: RowProblem[]
  preview: ImportPreview | null
  progress: number
  decidedBy: string | null
  decidedAt: number | null
  jobId: string | null
  error: string | null
}

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
