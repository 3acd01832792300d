// The Alipay user id sealed beside its keyed hash, as the WeChat OPENID already is: a rotation of the
// hash key can then re-key the link instead of losing it (the person would get a new, empty account).
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('alipay_uid_enc', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
