// The refresh hot path: one indexed read joining the citizen, their status and their bound device.
import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { HolderSnapshot, HolderSnapshots } from '../../../ports/holder-snapshot'

export class HolderSnapshotRepository implements HolderSnapshots {
  constructor(private readonly db: Kysely<Database>) {}

  async load(accountId: string): Promise<HolderSnapshot | null> {
    const r = await this.db.selectFrom('citizens as c')
      .leftJoin('statuses as s', 's.account_id', 'c.account_id')
      .leftJoin('devices as d', 'd.account_id', 'c.account_id')
      .select(['c.region', 'c.surname', 'c.id_ends', 's.status', 's.revoked_before', 'd.key_hash'])
      .where('c.account_id', '=', accountId).executeTakeFirst()
    if (!r) return null
    return {
      accountId, region: r.region, surname: r.surname, idEnds: r.id_ends, status: r.status ?? null,
      revokedBefore: r.revoked_before === null ? null : Number(r.revoked_before), deviceHash: r.key_hash ?? null
    }
  }
}
