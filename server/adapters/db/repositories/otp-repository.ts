import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { OtpChallenge, OtpStore } from '../../../ports/otp-store'

export class OtpRepository implements OtpStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: OtpChallenge) {
    await this.db.insertInto('otp_challenges').values({
      id: c.id, phone_hash: c.phoneHash, code_hash: c.codeHash, created_at: c.createdAt, expires_at: c.expiresAt,
      attempts: c.attempts, consumed_at: c.consumedAt
    }).execute()
  }

  async latestFor(phoneHashes: string | string[]) {
    const r = await this.db.selectFrom('otp_challenges').selectAll().where('phone_hash', 'in', ([] as string[]).concat(phoneHashes))
      .orderBy('created_at', 'desc').limit(1).executeTakeFirst()
    return r ? {
      id: r.id, phoneHash: r.phone_hash, codeHash: r.code_hash, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at),
      attempts: r.attempts, consumedAt: r.consumed_at === null ? null : Number(r.consumed_at)
    } : null
  }

  async countAttempt(id: string) {
    await this.db.updateTable('otp_challenges').set({ attempts: sql`attempts + 1` }).where('id', '=', id).execute()
  }

  /** Single use even under concurrent tries: only the update that flips consumed_at wins. */
  async consume(id: string, at: number) {
    const r = await this.db.updateTable('otp_challenges').set({ consumed_at: at })
      .where('id', '=', id).where('consumed_at', 'is', null).executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }
}
