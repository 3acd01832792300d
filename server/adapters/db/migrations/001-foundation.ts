// Foundation: regions, accounts and staff, sessions and one-time codes, rate counters,
// collection points, and the hash-chained audit log.
import { Kysely, sql } from 'kysely'
import { engineOf } from '../dialect'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('regions')
    .addColumn('code', 'text', c => c.primaryKey())
    .addColumn('name', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull()).execute()

  await db.schema.createTable('accounts')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('phone_hash', 'text', c => c.unique())
    .addColumn('phone_enc', 'text')
    .addColumn('wx_openid_hash', 'text', c => c.unique())
    .addColumn('wx_openid_enc', 'text')
    .addColumn('alipay_uid_hash', 'text', c => c.unique())
    .addColumn('status', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull()).execute()

  await db.schema.createTable('staff')
    .addColumn('account_id', 'text', c => c.primaryKey().references('accounts.id'))
    .addColumn('role', 'text', c => c.notNull())
    .addColumn('region', 'text', c => c.notNull().references('regions.code'))
    .addColumn('point_id', 'text')
    .addColumn('display_name', 'text', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('updated_at', big, c => c.notNull()).execute()
  await db.schema.createIndex('staff_region').on('staff').columns(['region', 'role']).execute()

  await db.schema.createTable('sessions')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('platform', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('expires_at', big, c => c.notNull())
    .addColumn('revoked_at', big).execute()
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute()

  await db.schema.createTable('otp_challenges')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('phone_hash', 'text', c => c.notNull())
    .addColumn('code_hash', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('expires_at', big, c => c.notNull())
    .addColumn('attempts', 'integer', c => c.notNull())
    .addColumn('consumed_at', big).execute()
  await db.schema.createIndex('otp_phone').on('otp_challenges').columns(['phone_hash', 'created_at']).execute()

  await db.schema.createTable('rate_counters')
    .addColumn('key', 'text', c => c.notNull())
    .addColumn('window_start', big, c => c.notNull())
    .addColumn('count', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('rate_counters_pk', ['key', 'window_start']).execute()

  await db.schema.createTable('collection_points')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull().references('regions.code'))
    .addColumn('name', 'text', c => c.notNull())
    .addColumn('address', 'text', c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull())
    .addColumn('created_by', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('updated_at', big, c => c.notNull()).execute()
  await db.schema.createIndex('points_region').on('collection_points').column('region').execute()

  const seqType = engineOf(db) === 'sqlite' ? 'integer' : 'bigserial'
  await db.schema.createTable('audit_log')
    .addColumn('seq', seqType as 'integer', c => engineOf(db) === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey())
    .addColumn('at', big, c => c.notNull())
    .addColumn('region', 'text')
    .addColumn('actor', 'text', c => c.notNull())
    .addColumn('action', 'text', c => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('reason', 'text')
    .addColumn('data', 'text', c => c.notNull())
    .addColumn('prev_hash', 'text', c => c.notNull())
    .addColumn('hash', 'text', c => c.notNull()).execute()
  await db.schema.createIndex('audit_subject').on('audit_log').column('subject').execute()

  // One row holding the chain head: appends lock it, so concurrent writers cannot fork the chain.
  await db.schema.createTable('audit_head')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('seq', big, c => c.notNull())
    .addColumn('hash', 'text', c => c.notNull()).execute()
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
