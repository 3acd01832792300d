// The exports use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { ExportRepository } from '../../adapters/db/repositories/export-repository'
import { ExportAggregate } from '../../usecases/exports/export-aggregate'
import { ExportRecords } from '../../usecases/exports/export-records'

export class ExportsUseCases {
  constructor(protected readonly c: Container) {}

  get exportAggregate() { return new ExportAggregate({ exports: new ExportRepository(this.c.db), audit: this.c.store.audit }) }
  get exportRecords() { return new ExportRecords({ exports: new ExportRepository(this.c.db), audit: this.c.store.audit }) }
}
