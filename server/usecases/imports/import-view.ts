// What admins see of an import: its state, row counts, the rejected rows with reasons, the preview and
// the progress of its re-audit.
import type { DataImport } from '../../ports/import-store'
import type { Job } from '../../ports/job-store'
import type { Store } from '../../ports/store'

export interface ImportView extends Omit<DataImport, 'fileHash'> {
  fileHash: string
  job: Pick<Job, 'id' | 'state' | 'total' | 'done' | 'changed'> | null
}

export async function importView(store: Store, imp: DataImport): Promise<ImportView> {
  const job = imp.jobId ? await store.jobs.find(imp.jobId) : null
  return { ...imp, job: job ? { id: job.id, state: job.state, total: job.total, done: job.done, changed: job.changed } : null }
}
