// A region admin uploads a CSV or XLSX file. It is read, every row checked, the good rows kept (with the
// ID number only as its keyed hash). The uploader sees the row check and nothing else: the import waits
// for a second admin as soon as its rows are checked, and only then, apart from anything the uploader can
// see (state, progress, timing), is the match preview computed for the admin who decides. Every upload is
// on the region's alarms page, so the other admins see it. Nothing changes anyone's status until a
// second admin approves. The same file again changes nothing.
import { createHash } from 'node:crypto'
import { AppError } from '@core/api/app-error'
import { chinaDate } from '@core/declaration/schema'
import type { RowProblem, UploadedImport, importUpload } from '@core/api/contract/imports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Clock } from '../../ports/clock'
import type { ImportRecord, StoredImport } from '../../ports/import-store'
import type { RegionDirectory } from '../../ports/region-directory'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { logError } from '../../kernel/log'
import type { ReauditDeps } from '../assessment/reassess-batch'
import { readTable } from './read-table'
import { columnIndex, problem } from './import-sources'
import { importView } from './import-view'
import { recordKey, validateRow } from './validate-row'
import { computePreview } from './match-preview'

export const MAX_REPORTED_PROBLEMS = 500

/** With the re-audit's own ports: the preview is a dry run of the re-audit that approval starts. */
export interface UploadImportDeps extends ReauditDeps {
  clock: Clock
  /** GB/T 2260 divisions, to check a risk area's code. */
  regions: Pick<RegionDirectory, 'name'>
}

export class UploadImport {
  constructor(private readonly deps: UploadImportDeps) {}

  async execute(admin: Actor, { source, fileName, contentBase64 }: ParsedInputOf<typeof importUpload>): Promise<UploadedImport> {
    const { store } = this.deps
    const content = Buffer.from(contentBase64, 'base64')
    const uploaded = await this.upload(admin, { source, fileName, content })
    return { import: await importView(store.jobs, uploaded.import, admin), duplicate: uploaded.duplicate }
  }

  private async upload(admin: Actor, input: { source: StoredImport['source']; fileName: string; content: Buffer }): Promise<{ import: StoredImport; duplicate: boolean }> {
    const { store, clock } = this.deps
    const region = admin.staff!.region
    const fileHash = createHash('sha256').update(input.content).digest('hex')
    const same = await store.imports.findSameFile(region, input.source, fileHash)
    if (same) return { import: same, duplicate: true }
    const imp: StoredImport = {
      id: newId(), region, source: input.source, fileName: input.fileName, fileHash, state: 'processing', uploadedBy: admin.accountId,
      uploadedAt: clock.now(), totalRows: 0, acceptedRows: 0, rejected: [], preview: null, progress: 0, decidedBy: null, decidedAt: null, jobId: null, error: null
    }
    await store.transaction(async tx => {
      await tx.imports.create(imp)
      await tx.audit.append({ region, actor: admin.accountId, action: 'import.upload', subject: imp.id, data: { source: imp.source, fileHash, fileName: imp.fileName } })
      // Informational: every upload is on the alarms page, so the other admins see each one (and its file).
      await tx.alarms.raise({ id: newId(), region, kind: 'import-upload', state: 'open', raisedAt: imp.uploadedAt, resolvedBy: null, resolvedAt: null,
        detail: { import: imp.id, source: imp.source, fileName: imp.fileName, uploadedBy: admin.accountId } })
    })
    void this.process(imp, input.content).catch(async e => {
      logError('import failed', e)
      await store.imports.update(imp.id, { state: 'failed', error: (e as Error).message })
    })
    return { import: imp, duplicate: false }
  }

  /**
   * Reads and checks the rows in chunks (progress is visible), then waits for a second admin. The match
   * preview is computed only after that: how long it takes, or whether it fails, depends on who is
   * registered, and the uploader's view of the import must not.
   */
  private async process(imp: StoredImport, content: Buffer): Promise<void> {
    const { store, clock, pii, regions } = this.deps
    let table
    try { table = await readTable(imp.fileName, content) } catch { throw new AppError('INVALID_INPUT', 'the file is not a readable CSV or XLSX table') }
    const { index, missing } = columnIndex(imp.source, table.header)
    if (missing.length) {
      await store.imports.update(imp.id, { state: 'failed', error: `missing columns: ${missing.join(', ')}`, progress: 100 })
      return
    }
    const now = clock.now()
    const ctx = { pii, today: chinaDate(now), nowMs: now, isRegion: (code: string) => /^\d{6}$/.test(code) && regions.name(code) !== null }
    const accepted: { line: number; record: ImportRecord }[] = []
    const rejected: RowProblem[] = []
    const seen = new Set<string>()
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i]
      const { record, problems } = validateRow(imp.source, row.line, col => (row.cells[index[col]] ?? '').trim(), ctx)
      if (record && seen.has(recordKey(record))) problems.push(problem(row.line, '*', 'duplicate'))
      if (record && !problems.length) { seen.add(recordKey(record)); accepted.push({ line: row.line, record }) }
      for (const p of problems) if (rejected.length < MAX_REPORTED_PROBLEMS) rejected.push(p)
      if (i % 2000 === 1999) {
        await store.imports.update(imp.id, { progress: Math.floor((i / table.rows.length) * 90) })
        await new Promise(r => setImmediate(r))
      }
    }
    await store.imports.addRows(imp.id, accepted)
    await store.imports.update(imp.id, { state: 'preview', totalRows: table.rows.length, acceptedRows: accepted.length, rejected, progress: 100 })
    try {
      await store.imports.update(imp.id, { preview: await computePreview(this.deps, imp, accepted.map(a => a.record), clock.now()) })
    } catch (e) {
      // Not the uploader's failure to see: the deciding admin's reading computes it again (match-preview.ts).
      logError('import preview failed', e)
    }
  }
}
