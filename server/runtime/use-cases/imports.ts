// The data imports' use cases (and the progress of the re-audit jobs they start), each built with the
// narrow ports it needs. Built on access, so a key reload (which swaps the container's data keys)
// reaches the next request.
import type { Container } from '../container'
import { regionDirectory } from '../../adapters/regions/china-division-directory'
import { ApproveImport } from '../../usecases/imports/approve-import'
import { independenceRule } from './staff'
import { GetImport } from '../../usecases/imports/get-import'
import { GetImportPreview } from '../../usecases/imports/get-import-preview'
import { ListImports } from '../../usecases/imports/list-imports'
import { RejectImport } from '../../usecases/imports/reject-import'
import { UploadImport } from '../../usecases/imports/upload-import'
import { GetJob } from '../../usecases/jobs/get-job'

export class ImportsUseCases {
  constructor(protected readonly c: Container) {}

  get uploadImport() {
    const { store, clock, pii, rules, pseudonymOf } = this.c
    return new UploadImport({ store, clock, pii, rules, pseudonymOf, regions: regionDirectory() })
  }
  get listImports() { return new ListImports({ imports: this.c.store.imports, jobs: this.c.store.jobs }) }
  get getImport() { return new GetImport({ imports: this.c.store.imports, jobs: this.c.store.jobs }) }
  get getImportPreview() {
    const { store, clock, pii, rules, pseudonymOf } = this.c
    return new GetImportPreview({ store, clock, pii, rules, pseudonymOf, independence: independenceRule(this.c.config) })
  }
  get approveImport() {
    const { store, clock, jobs, pii, rules, pseudonymOf } = this.c
    return new ApproveImport({ store, clock, jobs, pii, rules, pseudonymOf, limits: this.c.config.bulk, independence: independenceRule(this.c.config) })
  }
  get rejectImport() { return new RejectImport({ store: this.c.store, clock: this.c.clock, rejectionsPerDay: this.c.config.importRejectionsPerDay }) }
  get getJob() { return new GetJob({ jobs: this.c.store.jobs, imports: this.c.store.imports }) }
}
