// Attempts to bind an ID number (counted per account: 2 distinct numbers in its lifetime) and the
// identity-recovery items a conflicting attempt opens for auditors (docs/data-protection.md).
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('identity_attempts')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('id_type', 'text', c => c.notNull())
    .addColumn('id_hash', 'text', c => c.notNull())
    .addColumn('id_enc', 'text', c => c.notNull())
    .addColumn('id_ends', 'text', c => c.notNull())
    .addColumn('name_enc', 'text')
    .addColumn('surname', 'text')
    .addColumn('household_region', 'text')
    .addColumn('address_enc', 'text')
    .addColumn('outcome', 'text', c => c.notNull())
    .addColumn('at', big, c => c.notNull()).execute()
  await db.schema.createIndex('identity_attempts_account').on('identity_attempts').column('account_id').execute()

  await db.schema.createTable('identity_recoveries')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('account_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('opened_at', big, c => c.notNull())
    .addColumn('attempt_id', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', big)
    .addColumn('note_enc', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', big)
    .addColumn('decision_note_enc', 'text').execute()
  await db.schema.createIndex('identity_recoveries_region').on('identity_recoveries').columns(['region', 'state']).execute()
  await db.schema.createIndex('identity_recoveries_account').on('identity_recoveries').columns(['account_id', 'state']).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
