// An admin of the region rejects an import waiting for a decision, with a reason: nothing of it is
// stored. Uploads that keep being rejected are how a file would be used to probe who is registered, so
// more than `rejectionsPerDay` rejected uploads by one admin within 24 hours alarm the region's admins
// (one open alarm per uploader at a time; IMPORT_REJECTIONS_PER_DAY).
import type { ImportView, importReject } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { StoredImport } from '../../ports/import-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { importView, pendingImport } from './import-view'

const DAY_MS = 24 * 3600_000

export class RejectImport {
  constructor(private readonly deps: { store: Store; clock: Clock; rejectionsPerDay: number }) {}

  async execute(admin: Actor, { importId, reason }: ParsedInputOf<typeof importReject>): Promise<ImportView> {
    const { store, clock, rejectionsPerDay } = this.deps
    const imp = await pendingImport(store.imports, admin, importId)
    await store.transaction(async tx => {
      const now = clock.now()
      await tx.imports.update(imp.id, { state: 'rejected', decidedBy: admin.accountId, decidedAt: now })
      await tx.audit.append({ region: imp.region, actor: admin.accountId, action: 'import.reject', subject: imp.id, reason })
      const rejected = await tx.imports.rejectedSince(imp.region, imp.uploadedBy, now - DAY_MS)
      if (rejected.length <= rejectionsPerDay) return
      const open = await tx.alarms.list(imp.region, ['open'])
      if (open.some(a => a.kind === 'import-rejections' && a.detail.uploadedBy === imp.uploadedBy)) return
      await tx.alarms.raise({ id: newId(), region: imp.region, kind: 'import-rejections', state: 'open', raisedAt: now, resolvedBy: null, resolvedAt: null,
        detail: { uploadedBy: imp.uploadedBy, rejected: rejected.length, limit: rejectionsPerDay, hours: 24, imports: rejected.slice(-50) } })
    })
    return importView(store.jobs, (await store.imports.find(imp.id)) as StoredImport, admin)
  }
}
