import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Correction, CorrectionStore } from '../../../ports/correction-store'

export class CorrectionRepository implements CorrectionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: Correction) {
    await this.db.insertInto('corrections').values({
      id: c.id, reference: c.reference, account_id: c.accountId, region: c.region, category: c.category, description_enc: c.descriptionEnc,
      state: c.state, created_at: c.createdAt, updated_at: c.updatedAt, decision_json: null
    }).execute()
  }

  async listFor(accountId: string) {
    const rows = await this.db.selectFrom('corrections').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()
    return rows.map(r => ({
      id: r.id, reference: r.reference, accountId: r.account_id, region: r.region, category: r.category as Correction['category'], descriptionEnc: r.description_enc,
      state: r.state as Correction['state'], createdAt: Number(r.created_at), updatedAt: Number(r.updated_at)
    }))
  }
}
