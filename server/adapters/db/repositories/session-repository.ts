import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Session, SessionStore } from '../../../ports/session-store'

export class SessionRepository implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

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
