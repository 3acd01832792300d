import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { AttemptOutcome, IdentityAttempt, IdentityAttemptStore } from '../../../ports/identity-attempt-store'

type Row = Database['identity_attempts']
const toAttempt = (r: Row): IdentityAttempt => ({
  id: r.id, accountId: r.account_id, region: r.region, idType: r.id_type, idHash: r.id_hash, idEnc: r.id_enc, idEnds: r.id_ends,
  claim: r.name_enc && r.address_enc
    ? { nameEnc: r.name_enc, surname: r.surname ?? '', householdRegion: r.household_region ?? '', addressEnc: r.address_enc, particularsEnc: r.particulars_enc ?? null }
    : null,
  outcome: r.outcome as AttemptOutcome, at: Number(r.at)
})

export class IdentityAttemptRepository implements IdentityAttemptStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(a: IdentityAttempt) {
    await this.db.insertInto('identity_attempts').values({
      id: a.id, account_id: a.accountId, region: a.region, id_type: a.idType, id_hash: a.idHash, id_enc: a.idEnc, id_ends: a.idEnds,
      name_enc: a.claim?.nameEnc ?? null, surname: a.claim?.surname ?? null, household_region: a.claim?.householdRegion ?? null, address_enc: a.claim?.addressEnc ?? null,
      particulars_enc: a.claim?.particularsEnc ?? null,
      outcome: a.outcome, at: a.at
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('identity_attempts').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toAttempt(r) : null
  }

  async forAccount(accountId: string) {
    return (await this.db.selectFrom('identity_attempts').selectAll().where('account_id', '=', accountId).orderBy('at').orderBy('id').execute()).map(toAttempt)
  }

  async dropClaims(accountId: string) {
    await this.db.updateTable('identity_attempts').set({ name_enc: null, surname: null, household_region: null, address_enc: null, particulars_enc: null }).where('account_id', '=', accountId).execute()
  }
}
