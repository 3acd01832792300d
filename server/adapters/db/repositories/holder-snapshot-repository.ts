// The refresh hot path: one indexed read joining the citizen, their status and their bound device.
import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { rawRows } from '../raw-query'
import type { HolderSnapshot, HolderSnapshots } from '../../../ports/holder-snapshot'

const LOAD_SQL = `select c.region, c.surname, c.id_type, c.id_ends, s.status, s.revoked_before, s.test_valid_until, s.vaccinated, d.key_hash
  from citizens c left join statuses s on s.account_id = c.account_id left join devices d on d.account_id = c.account_id
  where c.account_id = $1`

export class HolderSnapshotRepository implements HolderSnapshots {
  constructor(private readonly db: Kysely<Database>) {}

  async load(accountId: string): Promise<HolderSnapshot | null> {
    const r = (await rawRows<Record<string, any>>(this.db, LOAD_SQL, [accountId]))[0]
    if (!r) return null
    return {
      accountId, region: r.region, surname: r.surname, idType: r.id_type, idEnds: r.id_ends, status: r.status ?? null,
      revokedBefore: r.revoked_before === null || r.revoked_before === undefined ? null : Number(r.revoked_before), deviceHash: r.key_hash ?? null,
      testValidUntil: r.test_valid_until === null || r.test_valid_until === undefined ? null : Number(r.test_valid_until),
      vaccinated: r.vaccinated === null || r.vaccinated === undefined ? null : Number(r.vaccinated) === 1
    }
  }
}
