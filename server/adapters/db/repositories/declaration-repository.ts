import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { DeclarationStore, StoredDeclaration, Trip } from '../../../ports/declaration-store'
import { newId } from '../../../kernel/ids'

export class DeclarationRepository implements DeclarationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(d: StoredDeclaration, trips: Trip[]) {
    await this.db.insertInto('declarations').values({ id: d.id, account_id: d.accountId, kind: d.kind, at: d.at, data_enc: d.dataEnc }).execute()
    if (trips.length) {
      await this.db.insertInto('trips').values(trips.map(t => ({
        id: newId(), account_id: d.accountId, declaration_id: d.id, region: t.region, from_date: t.from, to_date: t.to
      }))).execute()
    }
  }

  async latest(accountId: string, kinds: StoredDeclaration['kind'][]) {
    const r = await this.db.selectFrom('declarations').selectAll().where('account_id', '=', accountId).where('kind', 'in', kinds)
      .orderBy('at', 'desc').limit(1).executeTakeFirst()
    return r ? { id: r.id, accountId: r.account_id, kind: r.kind as StoredDeclaration['kind'], at: Number(r.at), dataEnc: r.data_enc } : null
  }

  async tripsSince(accountId: string, fromDate: string) {
    const rows = await this.db.selectFrom('trips').select(['region', 'from_date', 'to_date'])
      .where('account_id', '=', accountId).where('to_date', '>=', fromDate).orderBy('from_date').execute()
    return rows.map(r => ({ region: r.region, from: r.from_date, to: r.to_date }))
  }

  async recordCheckin(accountId: string, day: string, at: number) {
    await this.db.insertInto('checkins').values({ account_id: accountId, day, at })
      .onConflict(oc => oc.columns(['account_id', 'day']).doNothing()).execute()
  }

  async checkinDays(accountId: string, limit: number) {
    const rows = await this.db.selectFrom('checkins').select('day').where('account_id', '=', accountId).orderBy('day', 'desc').limit(limit).execute()
    return rows.map(r => r.day)
  }
}
