import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { BoundDevice, DeviceStore } from '../../../ports/device-store'

export class DeviceRepository implements DeviceStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(accountId: string) {
    const r = await this.db.selectFrom('devices').selectAll().where('account_id', '=', accountId).executeTakeFirst()
    return r ? { accountId, keyHash: r.key_hash, publicKey: r.public_key, boundAt: Number(r.bound_at) } : null
  }

  async bind(d: BoundDevice) {
    const row = { account_id: d.accountId, key_hash: d.keyHash, public_key: d.publicKey, bound_at: d.boundAt }
    await this.db.insertInto('devices').values(row).onConflict(oc => oc.column('account_id').doUpdateSet(row)).execute()
  }
}
