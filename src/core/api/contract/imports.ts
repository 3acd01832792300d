// The data imports' wire contracts (docs/imports.md): a region admin uploads a file of risk areas, test
// results, vaccinations or case lists and sees the row check; a second admin reads the match preview
// (logged), approves or rejects, and the re-audit that follows is watched by its job.
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

/**
 * What approving would do: how many people it touches, and whose colour it would change to what. It is
 * derived from who is registered and their status, so it is never in an answer to the uploader (an admin
 * who pads a file with ten known people would compare 10 against 11): only another admin of the region,
 * who may decide, reads it through `import-preview`, and every reading is in the audit log.
 */
export interface ImportPreview {
  affected: number
  wouldChange: number
  byStatus: Record<'green' | 'yellow' | 'red', number>
}

/**
 * An import as admins see it: the file, its state, the row count and the rows rejected by line. Nothing
 * in it depends on who is registered or their status (the preview is `import-preview`'s); the accepted
 * rows themselves stay on the host.
 */
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

/**
 * What `job-status` answers: the progress, why the job runs, and why it failed if it did. The re-audit of
 * an import is not answered to that import's uploader (40305): its counts follow from who is registered.
 */
export interface JobStatus extends JobProgress {
  reason: string
  updatedAt: number
  error: string | null
}

/**
 * The re-audit an import's approval started, as the import shows it. Its counts (people re-audited,
 * statuses changed) follow from who is registered, so the uploader sees only `id` and `state`; the
 * other admins of the region see the counts too.
 */
export type ImportJob = Pick<JobProgress, 'id' | 'state'> | JobProgress

/** An import with the re-audit its approval started. */
export interface ImportView extends DataImport {
  job: ImportJob | null
}

/** What `import-preview` answers to an admin who may decide (never the uploader); the reading is logged. */
export interface ImportPreviewRead {
  importId: string
  preview: ImportPreview
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
export const importPreview = defineContract<ImportPreviewRead>()('import-preview', z.object({ importId: idSchema }).strict())
export const jobStatus = defineContract<JobStatus>()('job-status', z.object({ jobId: idSchema }).strict())

export const IMPORTS_CONTRACTS = [importUpload, importList, importDetail, importPreview, importApprove, importReject, jobStatus] as const
