import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Attachment, CaseItem, CaseKind, CaseState, CaseStore, Decision } from '../../../ports/case-store'

const parse = (s: string | null) => (s ? (JSON.parse(s) as Decision) : null)

export class CaseRepository implements CaseStore {
  constructor(private readonly db: Kysely<Database>) {}

  async addAppeal(a: { id: string; reference: string; accountId: string; region: string; statusAt: number; descriptionEnc: string; createdAt: number }) {
    await this.db.insertInto('appeals').values({
      id: a.id, reference: a.reference, account_id: a.accountId, region: a.region, status_at: a.statusAt, description_enc: a.descriptionEnc, state: 'open',
      created_at: a.createdAt, updated_at: a.createdAt, decision_json: null
    }).execute()
  }

  async addFlag(f: { id: string; accountId: string; region: string; reason: string; detail: string; createdAt: number }) {
    await this.db.insertInto('review_flags').values({ id: f.id, account_id: f.accountId, region: f.region, reason: f.reason, detail: f.detail, state: 'open', created_at: f.createdAt }).execute()
  }

  private async rows(kind: CaseKind, where: (q: any) => any): Promise<CaseItem[]> {
    if (kind === 'correction') {
      const rows = await where(this.db.selectFrom('corrections').selectAll()).execute()
      return rows.map((r: Database['corrections']) => ({ kind, id: r.id, reference: r.reference, accountId: r.account_id, region: r.region, category: r.category, descriptionEnc: r.description_enc, state: r.state as CaseState, createdAt: Number(r.created_at), decision: parse(r.decision_json) }))
    }
    if (kind === 'appeal') {
      const rows = await where(this.db.selectFrom('appeals').selectAll()).execute()
      return rows.map((r: Database['appeals']) => ({ kind, id: r.id, reference: r.reference, accountId: r.account_id, region: r.region, category: 'status', descriptionEnc: r.description_enc, state: r.state as CaseState, createdAt: Number(r.created_at), decision: parse(r.decision_json) }))
    }
    const rows = await where(this.db.selectFrom('review_flags').selectAll()).execute()
    return rows.map((r: Database['review_flags']) => ({ kind, id: r.id, reference: null, accountId: r.account_id, region: r.region, category: r.reason, descriptionEnc: '', state: r.state as CaseState, createdAt: Number(r.created_at), decision: null }))
  }

  async find(kind: CaseKind, id: string) {
    return (await this.rows(kind, q => q.where('id', '=', id)))[0] ?? null
  }

  async findByReference(reference: string) {
    for (const kind of ['correction', 'appeal'] as CaseKind[]) {
      const [item] = await this.rows(kind, q => q.where('reference', '=', reference))
      if (item) return item
    }
    return null
  }

  async referenceTaken(reference: string) {
    // One after the other: inside a transaction both go over the same connection anyway.
    for (const table of ['corrections', 'appeals'] as const) {
      if (await this.db.selectFrom(table).select('id').where('reference', '=', reference).executeTakeFirst()) return true
    }
    return false
  }

  async queue(region: string, states: CaseState[]) {
    const all = await Promise.all((['correction', 'appeal', 'flag'] as CaseKind[]).map(k => this.rows(k, q => q.where('region', '=', region).where('state', 'in', states))))
    return all.flat().sort((a, b) => a.createdAt - b.createdAt)
  }

  async forAccount(accountId: string) {
    const all = await Promise.all((['correction', 'appeal'] as CaseKind[]).map(k => this.rows(k, q => q.where('account_id', '=', accountId))))
    return all.flat().sort((a, b) => b.createdAt - a.createdAt)
  }

  async decide(kind: CaseKind, id: string, state: CaseState, decision: Decision | null, at: number) {
    if (kind === 'flag') { await this.db.updateTable('review_flags').set({ state }).where('id', '=', id).execute(); return }
    const table = kind === 'correction' ? 'corrections' : 'appeals'
    await this.db.updateTable(table).set({ state, decision_json: decision ? JSON.stringify(decision) : null, updated_at: at }).where('id', '=', id).execute()
  }

  async addAttachment(a: Attachment) {
    await this.db.insertInto('attachments').values({ id: a.id, account_id: a.accountId, case_id: a.caseId, mime: a.mime, size: a.size, data_enc: a.dataEnc, created_at: a.createdAt }).execute()
  }

  async attachments(caseId: string) {
    const rows = await this.db.selectFrom('attachments').select(['id', 'account_id', 'case_id', 'mime', 'size', 'created_at']).where('case_id', '=', caseId).execute()
    return rows.map(r => ({ id: r.id, accountId: r.account_id, caseId: r.case_id, mime: r.mime, size: r.size, createdAt: Number(r.created_at) }))
  }

  async attachment(id: string) {
    const r = await this.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? { id: r.id, accountId: r.account_id, caseId: r.case_id, mime: r.mime, size: r.size, dataEnc: r.data_enc, createdAt: Number(r.created_at) } : null
  }
}
