// The verifier's path: every scan recorded once against its collection point, and daily counters.
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('scans')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('verifier_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('point_id', 'text', c => c.notNull().references('collection_points.id'))
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('idempotency_key', 'text', c => c.notNull())
    .addColumn('scanned_at', big, c => c.notNull())
    .addColumn('received_at', big, c => c.notNull())
    .addColumn('verdict', 'text', c => c.notNull())
    .addColumn('reasons', 'text', c => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('status', 'text')
    .addColumn('holder', 'text')
    .addColumn('holder_region', 'text')
    .addColumn('offline', 'integer', c => c.notNull())
    .addUniqueConstraint('scans_once', ['verifier_id', 'idempotency_key']).execute()
  await db.schema.createIndex('scans_point').on('scans').columns(['point_id', 'scanned_at']).execute()
  await db.schema.createIndex('scans_holder').on('scans').columns(['holder', 'scanned_at']).execute()
  await db.schema.createIndex('scans_verifier').on('scans').columns(['verifier_id', 'scanned_at']).execute()

  await db.schema.createTable('daily_counters')
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('day', 'text', c => c.notNull())
    .addColumn('name', 'text', c => c.notNull())
    .addColumn('value', big, c => c.notNull())
    .addPrimaryKeyConstraint('daily_counters_pk', ['region', 'day', 'name']).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
