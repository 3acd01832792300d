import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { rawRows } from '../raw-query'
import type { ResolvedSession, Session, SessionStore } from '../../../ports/session-store'

// Every authenticated request runs this: one indexed read of the session, its account and staff role.
const RESOLVE_SQL = `select s.id, s.account_id, s.platform, s.created_at, s.expires_at, s.revoked_at, a.status as account_status,
  st.role, st.region, st.point_id, st.status as staff_status
  from sessions s join accounts a on a.id = s.account_id left join staff st on st.account_id = s.account_id where s.id = $1`

export class SessionRepository implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async resolve(id: string): Promise<ResolvedSession | null> {
    const rows = await rawRows<Record<string, any>>(this.db, RESOLVE_SQL, [id])
    const r = rows[0]
    if (!r) return null
    return {
      id: r.id, accountId: r.account_id, platform: r.platform, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at),
      revokedAt: r.revoked_at === null ? null : Number(r.revoked_at), accountStatus: r.account_status,
      staff: r.role ? { role: r.role, region: r.region, pointId: r.point_id ?? null, status: r.staff_status } : null
    }
  }

  async insert(s: Session) {
    await this.db.insertInto('sessions').values({
      id: s.id, account_id: s.accountId, platform: s.platform, created_at: s.createdAt, expires_at: s.expiresAt, revoked_at: s.revokedAt
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? {
      id: r.id, accountId: r.account_id, platform: r.platform, createdAt: Number(r.created_at),
      expiresAt: Number(r.expires_at), revokedAt: r.revoked_at === null ? null : Number(r.revoked_at)
    } : null
  }

  async revoke(id: string, at: number) {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute()
  }

  async revokeAllFor(accountId: string, at: number) {
    const r = await this.db.updateTable('sessions').set({ revoked_at: at })
      .where('account_id', '=', accountId).where('revoked_at', 'is', null).executeTakeFirst()
    return Number(r.numUpdatedRows)
  }
}
