// The data imports' wire contracts (docs/imports.md): a region admin uploads a file of risk areas, test
// results, vaccinations or case lists, a second admin approves or rejects its preview, and the re-audit
// that follows is watched by its job.
import { z } from 'zod'
import type { Texts } from '@core/rules/rule-set'
import { idSchema } from '@core/validation/common'
import { defineContract } from './define'

import { IMPORT_SOURCES, type ImportSource } from '../vocabulary'

export type { ImportSource }

export type ImportState = 'processing' | 'preview' | 'approved' | 'rejected' | 'failed'
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'held'

/** One rejected row: where (line, column) and why, in both languages. Never the ID number itself. */
export interface RowProblem {
  line: number
  column: string
  code: string
  message: Texts
}

/** What approving would do: how many people it touches, and whose colour it would change to what. */
export interface ImportPreview {
  affected: number
  wouldChange: number
  byStatus: Record<'green' | 'yellow' | 'red', number>
}

/** An import, as stored and as admins see it (the accepted rows themselves stay on the host). */
export interface DataImport {
  id: string
  region: string
  source: ImportSource
  fileName: string
  /** SHA-256 of the file: the same file again is answered with this import. */
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
}

/** A background re-audit's progress. */
export interface JobProgress {
  id: string
  state: JobState
  total: number
  done: number
  changed: number
}

/** What `job-status` answers: the progress, why the job runs, and why it failed if it did. */
export interface JobStatus extends JobProgress {
  reason: string
  updatedAt: number
  error: string | null
}

/** An import with the progress of the re-audit its approval started. */
export interface ImportView extends DataImport {
  job: JobProgress | null
}

export interface UploadedImport {
  import: ImportView
  /** The same file (same SHA-256) was imported before: `import` is that earlier import, nothing changed. */
  duplicate: boolean
}

export const importUpload = defineContract<UploadedImport>()('import-upload', z.object({
  source: z.enum(IMPORT_SOURCES),
  fileName: z.string().trim().min(5).max(120).regex(/\.(csv|xlsx)$/i, 'invalid_format'),
  contentBase64: z.string().min(4).max(24 * 1024 * 1024)
}).strict())
export const importList = defineContract<{ imports: ImportView[] }>()('import-list', z.object({}).strict())
export const importDetail = defineContract<ImportView>()('import-detail', z.object({ importId: idSchema }).strict())
export const importApprove = defineContract<ImportView>()('import-approve', z.object({ importId: idSchema }).strict())
export const importReject = defineContract<ImportView>()('import-reject', z.object({ importId: idSchema, reason: z.string().trim().min(2).max(200) }).strict())
export const jobStatus = defineContract<JobStatus>()('job-status', z.object({ jobId: idSchema }).strict())

export const IMPORTS_CONTRACTS = [importUpload, importList, importDetail, importApprove, importReject, jobStatus] as const
