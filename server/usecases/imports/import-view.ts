// What admins see of an import (ImportView, in the contract): its state, row counts, the rejected rows
// with reasons, the preview, and the progress of the re-audit its approval started. Only the admins of
// the import's own region see it at all.
import { AppError } from '@core/api/app-error'
import type { DataImport, ImportView } from '@core/api/contract/imports'
import type { ImportStore } from '../../ports/import-store'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'

export async function importView(jobs: Pick<JobStore, 'find'>, imp: DataImport): Promise<ImportView> {
  const job = imp.jobId ? await jobs.find(imp.jobId) : null
  return { ...imp, job: job ? { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed } : null }
}

/** The import, if it is of the admin's region; another region's is answered as not found. */
export async function importOfRegion(imports: Pick<ImportStore, 'find'>, admin: Actor, importId: string): Promise<DataImport> {
  const imp = await imports.find(importId)
  if (!imp || imp.region !== admin.staff!.region) throw new AppError('NOT_FOUND', 'import')
  return imp
}

/** The import, if it is of the admin's region and still waits for a decision. */
export async function pendingImport(imports: Pick<ImportStore, 'find'>, admin: Actor, importId: string): Promise<DataImport> {
  const imp = await importOfRegion(imports, admin, importId)
  if (imp.state !== 'preview') throw new AppError('CONFLICT', `import is ${imp.state}`)
  return imp
}
