import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Grant, GrantStore } from '../../../ports/grant-store'

type Row = Database['grants']
const toGrant = (r: Row): Grant => ({
  id: r.id, grantorId: r.grantor_id, granteeId: r.grantee_id, region: r.region, scope: r.scope, purpose: r.purpose, state: r.state,
  confirmedBy: r.confirmed_by, deviceHash: r.device_hash, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at), endedAt: r.ended_at === null ? null : Number(r.ended_at)
})

export class GrantRepository implements GrantStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(g: Grant) {
    await this.db.insertInto('grants').values({
      id: g.id, grantor_id: g.grantorId, grantee_id: g.granteeId, region: g.region, scope: g.scope, purpose: g.purpose, state: g.state,
      confirmed_by: g.confirmedBy, device_hash: g.deviceHash, created_at: g.createdAt, expires_at: g.expiresAt, ended_at: g.endedAt
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('grants').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toGrant(r) : null
  }

  async forGrantee(granteeId: string) {
    return (await this.db.selectFrom('grants').selectAll().where('grantee_id', '=', granteeId).orderBy('created_at', 'desc').execute()).map(toGrant)
  }

  async forGrantor(grantorId: string) {
    return (await this.db.selectFrom('grants').selectAll().where('grantor_id', '=', grantorId).orderBy('created_at', 'desc').execute()).map(toGrant)
  }

  async update(id: string, p: Partial<Pick<Grant, 'state' | 'confirmedBy' | 'deviceHash' | 'endedAt'>>) {
    await this.db.updateTable('grants').set({
      ...(p.state !== undefined ? { state: p.state } : {}), ...(p.confirmedBy !== undefined ? { confirmed_by: p.confirmedBy } : {}),
      ...(p.deviceHash !== undefined ? { device_hash: p.deviceHash } : {}), ...(p.endedAt !== undefined ? { ended_at: p.endedAt } : {})
    }).where('id', '=', id).execute()
  }

  async pendingIn(region: string) {
    return (await this.db.selectFrom('grants').selectAll().where('region', '=', region).where('state', '=', 'pending').orderBy('created_at').execute()).map(toGrant)
  }

  async expiredBefore(at: number) {
    return (await this.db.selectFrom('grants').selectAll().where('state', 'in', ['active', 'pending']).where('expires_at', '<=', at).execute()).map(toGrant)
  }
}
