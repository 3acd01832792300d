// One import of the admin's region: progress, accepted and rejected rows with reasons, and its re-audit
// (with counts for the admins other than the uploader). Never the match preview: that is import-preview.
import type { ImportView, importDetail } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { ImportStore } from '../../ports/import-store'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'
import { importOfRegion, importView } from './import-view'

export class GetImport {
  constructor(private readonly deps: { imports: Pick<ImportStore, 'find'>; jobs: Pick<JobStore, 'find'> }) {}

  async execute(admin: Actor, { importId }: ParsedInputOf<typeof importDetail>): Promise<ImportView> {
    return importView(this.deps.jobs, await importOfRegion(this.deps.imports, admin, importId), admin)
  }
}
