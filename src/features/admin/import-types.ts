// What the data-import functions answer (docs/api.md "Data, rules and re-audit", docs/imports.md).
// Kept here, not imported from server/, so the app never reaches into server code.
import type { Texts } from '@/features/citizen/types'

export type ImportSource = 'risk-areas' | 'test-results' | 'vaccinations' | 'contacts'
export const IMPORT_SOURCES: ImportSource[] = ['risk-areas', 'test-results', 'vaccinations', 'contacts']

export type ImportState = 'processing' | 'preview' | 'approved' | 'rejected' | 'failed'
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'held'

/** One rejected row: where (line, column) and why, in both languages. Never the ID number itself. */
export interface RowProblem {
  line: number
  column: string
  code: string
  message: Texts
}

export interface ImportPreview {
  affected: number
  wouldChange: number
  byStatus: Record<'green' | 'yellow' | 'red', number>
}

export interface JobProgress {
  id: string
  state: JobState
  total: number
  done: number
  changed: number
}

export interface DataImport {
  id: string
  source: ImportSource
  fileName: string
  fileHash: string
  state: ImportState
  uploadedBy: string
  uploadedAt: number
  totalRows: number
  acceptedRows: number
  rejected: RowProblem[]
  preview: ImportPreview | null
  /** 0–100 while the rows are read and checked. */
  progress: number
  decidedBy: string | null
  decidedAt: number | null
  jobId: string | null
  error: string | null
  job: JobProgress | null
}

export interface UploadAnswer {
  import: DataImport
  /** The same file (same SHA-256) was imported before: `import` is that earlier import, nothing changed. */
  duplicate: boolean
}
