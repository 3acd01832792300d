// The match preview of an import waiting for a decision (how many people it would re-audit, whose colour
// it would change to what), for an admin of the region who may decide it: never its uploader (40305),
// whose one-row import would otherwise be a lookup of that ID number, and who could pad a file with ten
// known people and compare 10 against 11. Every reading is a staff read in the audit log, with the counts
// it showed; an entry that cannot be written means no answer.
import { AppError } from '@core/api/app-error'
import type { ImportPreviewRead, importPreview } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Clock } from '../../ports/clock'
import type { ReauditDeps } from '../assessment/reassess-batch'
import type { Actor } from '../actor'
import { importOfRegion, pendingImport } from './import-view'
import { previewOf } from './match-preview'
import { assertIndependent, type IndependenceRule } from '../staff/independent-origins'

export class GetImportPreview {
  constructor(private readonly deps: ReauditDeps & { clock: Clock; independence: IndependenceRule }) {}

  async execute(admin: Actor, { importId }: ParsedInputOf<typeof importPreview>): Promise<ImportPreviewRead> {
    const { store, clock } = this.deps
    // The uploader is refused whatever the import's state, so this answer tells them nothing either.
    const uploadedBy = (await importOfRegion(store.imports, admin, importId)).uploadedBy
    if (uploadedBy === admin.accountId) throw new AppError('SECOND_APPROVER_REQUIRED', 'the preview is for the admin who decides')
    // Nor an admin who may not decide it: one whose origin is not independent of the uploader's (docs/dual-control.md).
    await assertIndependent(store.staff, this.deps.independence, uploadedBy, admin.accountId, clock.now())
    const imp = await pendingImport(store.imports, admin, importId)
    const preview = await previewOf(this.deps, imp, clock.now())
    await store.transaction(async tx => {
      await tx.audit.append({ region: imp.region, actor: admin.accountId, action: 'read.import-preview', subject: null, data: { import: imp.id, ...preview } })
    })
    return { importId: imp.id, preview }
  }
}
