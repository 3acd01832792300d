import type { Kysely } from 'kysely'
import type { RevocationListFile } from '@core/credential/revocation'
import type { Database } from '../schema'
import type { RevocationStore, StoredRevocation } from '../../../ports/revocation-store'

export class RevocationRepository implements RevocationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(e: StoredRevocation) {
    await this.db.insertInto('revocations').values({
      id: e.id, region: e.region, holder: e.holder, device: e.device, before: e.before, reason: e.reason, created_at: e.createdAt
    }).execute()
  }

  async since(region: string, since: number) {
    const rows = await this.db.selectFrom('revocations').selectAll().where('region', '=', region).where('created_at', '>=', since).orderBy('created_at').execute()
    return rows.map(r => ({ id: r.id, region: r.region, holder: r.holder, device: r.device, before: Number(r.before), reason: r.reason, createdAt: Number(r.created_at) }))
  }

  async currentList(region: string) {
    const r = await this.db.selectFrom('revocation_lists').selectAll().where('region', '=', region).executeTakeFirst()
    return r ? { seq: Number(r.seq), file: JSON.parse(r.file_json) as RevocationListFile } : null
  }

  async saveList(region: string, seq: number, issuedAt: number, file: RevocationListFile) {
    const row = { region, seq, issued_at: issuedAt, file_json: JSON.stringify(file) }
    await this.db.insertInto('revocation_lists').values(row).onConflict(oc => oc.column('region').doUpdateSet(row)).execute()
  }
}
