// The match preview of an import: a dry run of the re-audit approval would start, over the citizens its
// records can reach (how many, and whose colour would change to what). It is computed in the background
// once the rows are checked, or on first need (a deciding admin's reading, an approval) if that has not
// finished; it is stored with the import and only ever answered to an admin who may decide.
import type { ImportPreview } from '@core/api/contract/imports'
import type { ImportRecord, StoredImport } from '../../ports/import-store'
import { reassessBatch, type ReauditDeps } from '../assessment/reassess-batch'
import { affectedAccounts, overlayOf } from './affected'

export async function computePreview(deps: ReauditDeps, imp: Pick<StoredImport, 'id' | 'region'>, records: ImportRecord[], now: number): Promise<ImportPreview> {
  const { store } = deps
  const ids = await affectedAccounts(store, records, now)
  const overlay = overlayOf(records, imp.id)
  const areas = [...(await store.riskAreas.all()), ...overlay.areas]
  const byStatus = { green: 0, yellow: 0, red: 0 }
  let wouldChange = 0
  for (let i = 0; i < ids.length; i += 500) {
    const r = await reassessBatch(deps, imp.region, ids.slice(i, i + 500), now, areas, { actor: 'preview', source: 'import' }, { dryRun: true, extra: overlay.persons })
    wouldChange += r.colourChanges.length
    for (const ch of r.colourChanges) byStatus[ch.to as keyof typeof byStatus]++
  }
  return { affected: ids.length, wouldChange, byStatus }
}

/** The stored preview of an import whose rows are checked, computed and stored now if the background has not yet done so. */
export async function previewOf(deps: ReauditDeps, imp: StoredImport, now: number): Promise<ImportPreview> {
  if (imp.preview) return imp.preview
  const preview = await computePreview(deps, imp, await deps.store.imports.rows(imp.id), now)
  await deps.store.imports.update(imp.id, { preview })
  return preview
}
