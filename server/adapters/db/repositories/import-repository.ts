import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { ImportRecord, ImportStore, StoredImport } from '../../../ports/import-store'

type Row = Database['imports']
const toImport = (r: Row): StoredImport => ({
  id: r.id, region: r.region, source: r.source as StoredImport['source'], fileName: r.file_name, fileHash: r.file_hash, state: r.state as StoredImport['state'],
  uploadedBy: r.uploaded_by, uploadedAt: Number(r.uploaded_at), totalRows: r.total_rows, acceptedRows: r.accepted_rows, rejected: JSON.parse(r.rejected_json),
  preview: r.preview_json ? JSON.parse(r.preview_json) : null, progress: r.progress, decidedBy: r.decided_by, decidedAt: r.decided_at === null ? null : Number(r.decided_at),
  jobId: r.job_id, error: r.error
})

export class ImportRepository implements ImportStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(i: StoredImport) {
    await this.db.insertInto('imports').values({
      id: i.id, region: i.region, source: i.source, file_name: i.fileName, file_hash: i.fileHash, state: i.state, uploaded_by: i.uploadedBy,
      uploaded_at: i.uploadedAt, total_rows: i.totalRows, accepted_rows: i.acceptedRows, rejected_json: JSON.stringify(i.rejected),
      preview_json: i.preview ? JSON.stringify(i.preview) : null, progress: i.progress, decided_by: i.decidedBy, decided_at: i.decidedAt, job_id: i.jobId, error: i.error
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toImport(r) : null
  }

  async findSameFile(region: string, source: string, fileHash: string) {
    const r = await this.db.selectFrom('imports').selectAll().where('region', '=', region).where('source', '=', source).where('file_hash', '=', fileHash)
      .where('state', 'not in', ['rejected', 'failed']).orderBy('uploaded_at').limit(1).executeTakeFirst()
    return r ? toImport(r) : null
  }

  async update(id: string, p: Partial<Omit<StoredImport, 'id' | 'region' | 'source'>>) {
    const set: Partial<Row> = {}
    if (p.state !== undefined) set.state = p.state
    if (p.totalRows !== undefined) set.total_rows = p.totalRows
    if (p.acceptedRows !== undefined) set.accepted_rows = p.acceptedRows
    if (p.rejected !== undefined) set.rejected_json = JSON.stringify(p.rejected)
    if (p.preview !== undefined) set.preview_json = p.preview ? JSON.stringify(p.preview) : null
    if (p.progress !== undefined) set.progress = p.progress
    if (p.decidedBy !== undefined) set.decided_by = p.decidedBy
    if (p.decidedAt !== undefined) set.decided_at = p.decidedAt
    if (p.jobId !== undefined) set.job_id = p.jobId
    if (p.error !== undefined) set.error = p.error
    await this.db.updateTable('imports').set(set).where('id', '=', id).execute()
  }

  async list(region: string, limit: number) {
    return (await this.db.selectFrom('imports').selectAll().where('region', '=', region).orderBy('uploaded_at', 'desc').limit(limit).execute()).map(toImport)
  }

  async rejectedSince(region: string, uploadedBy: string, since: number) {
    return (await this.db.selectFrom('imports').select('id').where('region', '=', region).where('uploaded_by', '=', uploadedBy)
      .where('state', '=', 'rejected').where('decided_at', '>=', since).orderBy('decided_at').execute()).map(r => r.id)
  }

  async addRows(importId: string, rows: { line: number; record: ImportRecord }[]) {
    for (let i = 0; i < rows.length; i += 200) {
      await this.db.insertInto('import_rows').values(rows.slice(i, i + 200).map(r => ({ import_id: importId, line: r.line, data_json: JSON.stringify(r.record) }))).execute()
    }
  }

  async rows(importId: string) {
    return (await this.db.selectFrom('import_rows').select('data_json').where('import_id', '=', importId).orderBy('line').execute()).map(r => JSON.parse(r.data_json) as ImportRecord)
  }
}
