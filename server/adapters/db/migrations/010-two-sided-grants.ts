// Two-sided grants (亲友代领): a grant is opened by one side, naming the other by phone number, and stays
// pending until that person accepts it (or an auditor confirms it in person). Until then the other side's
// account is unknown: the grantor or grantee column may be null, and the grant is kept against the
// number's keyed hash and the sealed number. SQLite cannot drop NOT NULL from a column, so the table is
// rebuilt (on both engines, one path); existing grants keep their ids, and which side opened each is
// read from how it became active ('self': the holder granted it; otherwise a relative asked).
import { Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('grants_next')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('grantor_id', 'text', c => c.references('accounts.id'))
    .addColumn('grantee_id', 'text', c => c.references('accounts.id'))
    .addColumn('opened_by', 'text', c => c.notNull())
    .addColumn('phone_hash', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('scope', 'text', c => c.notNull())
    .addColumn('purpose', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addColumn('device_hash', 'text')
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('expires_at', big, c => c.notNull())
    .addColumn('ended_at', big).execute()
  await sql`insert into grants_next (id, grantor_id, grantee_id, opened_by, phone_hash, phone_enc, region, scope, purpose, state, confirmed_by, device_hash, created_at, expires_at, ended_at)
    select id, grantor_id, grantee_id, case when confirmed_by = 'self' then 'grantor' else 'grantee' end, null, null, region, scope, purpose, state, confirmed_by, device_hash, created_at, expires_at, ended_at
    from grants`.execute(db)
  await db.schema.dropTable('grants').execute()
  await db.schema.alterTable('grants_next').renameTo('grants').execute()
  await db.schema.createIndex('grants_grantee').on('grants').columns(['grantee_id', 'state']).execute()
  await db.schema.createIndex('grants_grantor').on('grants').columns(['grantor_id', 'state']).execute()
  await db.schema.createIndex('grants_phone').on('grants').columns(['phone_hash', 'state']).execute()
  await db.schema.createIndex('grants_region').on('grants').columns(['region', 'state']).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
