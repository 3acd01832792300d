// The region's 50 newest imports, each with its first rejected rows only (the detail has them all); as
// import-detail shows them to this admin, so never a match preview.
import type { ImportView } from '@core/api/contract/imports'
import type { ImportStore } from '../../ports/import-store'
import type { JobStore } from '../../ports/job-store'
import type { Actor } from '../actor'
import { importView } from './import-view'

export class ListImports {
  constructor(private readonly deps: { imports: Pick<ImportStore, 'list'>; jobs: Pick<JobStore, 'find'> }) {}

  async execute(admin: Actor): Promise<{ imports: ImportView[] }> {
    const imports = await this.deps.imports.list(admin.staff!.region, 50)
    return { imports: await Promise.all(imports.map(i => importView(this.deps.jobs, { ...i, rejected: i.rejected.slice(0, 5) }, admin))) }
  }
}
