import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Citizen, CitizenStore } from '../../../ports/citizen-store'

type Row = Database['citizens']
const toCitizen = (r: Row): Citizen => ({
  accountId: r.account_id, region: r.region, nameEnc: r.name_enc, surname: r.surname, idType: r.id_type, idEnc: r.id_enc,
  idHash: r.id_hash, idEnds: r.id_ends, particularsEnc: r.particulars_enc ?? null, holder: r.holder, householdRegion: r.household_region, addressEnc: r.address_enc, boundAt: Number(r.bound_at)
})

export class CitizenRepository implements CitizenStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(accountId: string) {
    const r = await this.db.selectFrom('citizens').selectAll().where('account_id', '=', accountId).executeTakeFirst()
    return r ? toCitizen(r) : null
  }

  async findByIdHash(idHashes: string | string[]) {
    const r = await this.db.selectFrom('citizens').selectAll().where('id_hash', 'in', ([] as string[]).concat(idHashes)).executeTakeFirst()
    return r ? toCitizen(r) : null
  }

  async findByHolder(holder: string) {
    const r = await this.db.selectFrom('citizens').selectAll().where('holder', '=', holder).executeTakeFirst()
    return r ? toCitizen(r) : null
  }

  async bind(c: Citizen) {
    await this.db.insertInto('citizens').values({
      account_id: c.accountId, region: c.region, name_enc: c.nameEnc, surname: c.surname, id_type: c.idType, id_enc: c.idEnc,
      id_hash: c.idHash, id_ends: c.idEnds, particulars_enc: c.particularsEnc, holder: c.holder, household_region: c.householdRegion, address_enc: c.addressEnc, bound_at: c.boundAt, updated_at: c.boundAt
    }).execute()
  }

  async unbind(accountId: string) {
    await this.db.deleteFrom('citizens').where('account_id', '=', accountId).execute()
  }

  async acceptConsent(accountId: string, version: string, at: number) {
    await this.db.insertInto('consents').values({ account_id: accountId, version, accepted_at: at })
      .onConflict(oc => oc.columns(['account_id', 'version']).doNothing()).execute()
  }

  async hasConsent(accountId: string, version: string) {
    return !!(await this.db.selectFrom('consents').select('version').where('account_id', '=', accountId).where('version', '=', version).executeTakeFirst())
  }
}
