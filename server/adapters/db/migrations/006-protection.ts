// Authorisation and protection: grants to relatives (代领), and the sealed ID number beside each imported
// record's keyed hash, so that a rotation of the hash key can re-key records of people not yet registered.
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('grants')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('grantor_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('grantee_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('scope', 'text', c => c.notNull())
    .addColumn('purpose', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addColumn('device_hash', 'text')
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('expires_at', big, c => c.notNull())
    .addColumn('ended_at', big).execute()
  await db.schema.createIndex('grants_grantee').on('grants').columns(['grantee_id', 'state']).execute()
  await db.schema.createIndex('grants_grantor').on('grants').columns(['grantor_id', 'state']).execute()
  for (const table of ['lab_results', 'vaccinations', 'case_contacts']) {
    await db.schema.alterTable(table).addColumn('id_enc', 'text').execute()
    await db.schema.alterTable(table).addColumn('created_at', big).execute()
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
