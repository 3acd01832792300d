import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Grant, GrantPatch, GrantStore } from '../../../ports/grant-store'

type Row = Database['grants']
const toGrant = (r: Row): Grant => ({
  id: r.id, grantorId: r.grantor_id, granteeId: r.grantee_id, openedBy: r.opened_by, phoneHash: r.phone_hash, phoneEnc: r.phone_enc,
  region: r.region, scope: r.scope, purpose: r.purpose, state: r.state, confirmedBy: r.confirmed_by, deviceHash: r.device_hash,
  createdAt: Number(r.created_at), expiresAt: Number(r.expires_at), endedAt: r.ended_at === null ? null : Number(r.ended_at)
})

export class GrantRepository implements GrantStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(g: Grant) {
    await this.db.insertInto('grants').values({
      id: g.id, grantor_id: g.grantorId, grantee_id: g.granteeId, opened_by: g.openedBy, phone_hash: g.phoneHash, phone_enc: g.phoneEnc,
      region: g.region, scope: g.scope, purpose: g.purpose, state: g.state, confirmed_by: g.confirmedBy, device_hash: g.deviceHash,
      created_at: g.createdAt, expires_at: g.expiresAt, ended_at: g.endedAt
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

  async awaitingPhone(phoneHashes: string[]) {
    if (phoneHashes.length === 0) return []
    // The side that has not answered is the one whose account is still unknown.
    return (await this.db.selectFrom('grants').selectAll().where('phone_hash', 'in', phoneHashes).where('state', '=', 'pending')
      .where(eb => eb.or([eb.and([eb('opened_by', '=', 'grantor'), eb('grantee_id', 'is', null)]), eb.and([eb('opened_by', '=', 'grantee'), eb('grantor_id', 'is', null)])]))
      .orderBy('created_at', 'desc').execute()).map(toGrant)
  }

  async openedSince(accountId: string, since: number) {
    const r = await this.db.selectFrom('grants').select(eb => eb.fn.countAll<number>().as('n')).where('created_at', '>', since)
      .where(eb => eb.or([eb.and([eb('opened_by', '=', 'grantor'), eb('grantor_id', '=', accountId)]), eb.and([eb('opened_by', '=', 'grantee'), eb('grantee_id', '=', accountId)])]))
      .executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  async update(id: string, p: GrantPatch) {
    const set: Partial<Row> = {}
    if (p.state !== undefined) set.state = p.state
    if (p.confirmedBy !== undefined) set.confirmed_by = p.confirmedBy
    if (p.deviceHash !== undefined) set.device_hash = p.deviceHash
    if (p.endedAt !== undefined) set.ended_at = p.endedAt
    if (p.grantorId !== undefined) set.grantor_id = p.grantorId
    if (p.granteeId !== undefined) set.grantee_id = p.granteeId
    if (p.region !== undefined) set.region = p.region
    await this.db.updateTable('grants').set(set).where('id', '=', id).execute()
  }

  async pendingIn(region: string) {
    return (await this.db.selectFrom('grants').selectAll().where('region', '=', region).where('state', '=', 'pending').orderBy('created_at').execute()).map(toGrant)
  }

  async expiredBefore(at: number) {
    return (await this.db.selectFrom('grants').selectAll().where('state', 'in', ['active', 'pending']).where('expires_at', '<=', at).execute()).map(toGrant)
  }
}
