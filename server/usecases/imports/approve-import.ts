// A second, different admin of the region approves an import after seeing its preview. Approval stores
// the records with their provenance and starts the re-audit of exactly the affected citizens; until
// then the import has changed no one's status (Henan 2022: one person must never be able to red-code
// hundreds by uploading a list).
import { AppError } from '@core/api/app-error'
import type { ImportView, importApprove } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { ImportRecord, StoredImport } from '../../ports/import-store'
import type { JobStarter } from '../../ports/job-starter'
import type { Actor } from '../actor'
import type { ReauditDeps } from '../assessment/reassess-batch'
import { newId } from '../../kernel/ids'
import { queueReassessment } from '../jobs/reassess-job'
import type { BulkLimits } from '../review/bulk-limits'
import { assertIndependent, type IndependenceRule } from '../staff/independent-origins'
import { affectedAccounts } from './affected'
import { importView, pendingImport } from './import-view'
import { previewOf } from './match-preview'

async function storeRecord(tx: Store, r: ImportRecord, importId: string, now: number): Promise<void> {
  if (r.kind === 'risk-area') await tx.riskAreas.insertImported({ id: newId(), regionCode: r.regionCode, level: r.level, from: r.from, to: r.to, source: 'import' }, importId, now)
  else if (r.kind === 'lab') await tx.auditData.insertLab(r.idHash, r.idEnc, { result: r.result, sampledAt: r.sampledAt, institution: r.institution, importId }, now)
  else if (r.kind === 'vaccination') await tx.auditData.insertVaccination(r.idHash, r.idEnc, { doses: r.doses, complete: r.complete, lastDoseDate: r.lastDoseDate, importId }, now)
  else await tx.auditData.insertCaseContact(r.idHash, r.idEnc, { kind: r.contact, listedAt: r.listedAt, importId }, now)
}

export class ApproveImport {
  constructor(private readonly deps: ReauditDeps & { store: Store; clock: Clock; jobs: JobStarter; limits: BulkLimits; independence: IndependenceRule }) {}

  async execute(admin: Actor, { importId }: ParsedInputOf<typeof importApprove>): Promise<ImportView> {
    const { store, clock } = this.deps
    const imp = await pendingImport(store.imports, admin, importId)
    if (imp.uploadedBy === admin.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    // Nor an admin whose origin is not independent of the uploader's (docs/dual-control.md), before anything is read.
    await assertIndependent(store.staff, this.deps.independence, imp.uploadedBy, admin.accountId, clock.now())
    const records = await store.imports.rows(imp.id)
    const now = clock.now()
    // The bulk threshold is judged on the preview the deciding admin reads (computed now if the background has not).
    const preview = await previewOf(this.deps, imp, now)
    const job = await store.transaction(async tx => {
      const fresh = await tx.imports.find(imp.id)
      if (fresh?.state !== 'preview') throw new AppError('CONFLICT', 'import already decided')
      for (const r of records) await storeRecord(tx, r, imp.id, now)
      const job = await queueReassessment(tx, clock, imp.region, { accountIds: await affectedAccounts(tx, records, now), reason: `import:${imp.source}`, importId: imp.id }, admin.accountId)
      await tx.imports.update(imp.id, { state: 'approved', decidedBy: admin.accountId, decidedAt: now, jobId: job.id })
      const limit = this.deps.limits.perRegionPerHour
      if (preview.wouldChange > limit) {
        // Above the bulk threshold the re-audit waits, and the region's admins are alarmed, like manual changes.
        await tx.jobs.update(job.id, { state: 'held' }, now)
        await tx.alarms.raise({ id: newId(), region: imp.region, kind: 'bulk-import', state: 'open', raisedAt: now, resolvedBy: null, resolvedAt: null,
          detail: { job: job.id, import: imp.id, wouldChange: preview.wouldChange, limit, uploadedBy: imp.uploadedBy, approvedBy: admin.accountId } })
        job.state = 'held'
      }
      await tx.audit.append({ region: imp.region, actor: admin.accountId, action: 'import.approve', subject: imp.id, data: { uploadedBy: imp.uploadedBy, records: records.length, preview } })
      return job
    })
    if (job.state !== 'held') this.deps.jobs.start(job)
    return importView(store.jobs, (await store.imports.find(imp.id)) as StoredImport, admin)
  }
}
