// An admin of the region rejects an import's preview, with a reason: nothing of it is stored.
import type { ImportView, importReject } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { DataImport } from '../../ports/import-store'
import type { Actor } from '../actor'
import { importView, pendingImport } from './import-view'

export class RejectImport {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(admin: Actor, { importId, reason }: ParsedInputOf<typeof importReject>): Promise<ImportView> {
    const { store, clock } = this.deps
    const imp = await pendingImport(store.imports, admin, importId)
    await store.transaction(async tx => {
      await tx.imports.update(imp.id, { state: 'rejected', decidedBy: admin.accountId, decidedAt: clock.now() })
      await tx.audit.append({ region: imp.region, actor: admin.accountId, action: 'import.reject', subject: imp.id, reason })
    })
    return importView(store.jobs, (await store.imports.find(imp.id)) as DataImport)
  }
}
