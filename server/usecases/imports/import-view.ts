// What admins see of an import (ImportView, in the contract): its state, row counts, the rejected rows
// with reasons, and the re-audit its approval started. Only the admins of the import's own region see it
// at all. Nothing here depends on who is registered or their status: the match preview is never in it
// (import-preview gives it to a deciding admin, logged), and the re-audit's counts are left out for the
// uploader, who must learn nothing about the people in their own file (a one-row import, read
// and rejected by its uploader, was a lookup of that ID number).
import { AppError } from '@core/api/app-error'
import type { ImportJob, ImportView } from '@core/api/contract/imports'
import type { ImportStore, StoredImport } from '../../ports/import-store'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'

/** The import as `viewer` may see it: never the preview; the re-audit's counts only if `viewer` did not upload it. */
export async function importView(jobs: Pick<JobStore, 'find'>, imp: StoredImport, viewer: Actor): Promise<ImportView> {
  const { preview: _never, ...seen } = imp
  const job = imp.jobId ? await jobs.find(imp.jobId) : null
  let shown: ImportJob | null = null
  if (job) shown = imp.uploadedBy === viewer.accountId ? { id: job.id, state: job.state } : { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed }
  return { ...seen, job: shown }
}

/** The import, if it is of the admin's region; another region's is answered as not found. */
export async function importOfRegion(imports: Pick<ImportStore, 'find'>, admin: Actor, importId: string): Promise<StoredImport> {
  const imp = await imports.find(importId)
  if (!imp || imp.region !== admin.staff!.region) throw new AppError('NOT_FOUND', 'import')
  return imp
}

/** The import, if it is of the admin's region and still waits for a decision. */
export async function pendingImport(imports: Pick<ImportStore, 'find'>, admin: Actor, importId: string): Promise<StoredImport> {
  const imp = await importOfRegion(imports, admin, importId)
  if (imp.state !== 'preview') throw new AppError('CONFLICT', `import is ${imp.state}`)
  return imp
}
