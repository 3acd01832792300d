// Staff power under dual control: every staff member records who created them and who approved that,
// and when; grants of power (creation, a new role, re-enabling) wait in staff_requests for a second,
// independent admin (docs/dual-control.md). Members made before this keep their creator as their origin.
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.alterTable('staff').addColumn('approved_by', 'text').execute()
  await db.schema.alterTable('staff').addColumn('approved_at', big).execute()

  await db.schema.createTable('staff_requests')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('account_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('role', 'text', c => c.notNull())
    .addColumn('point_id', 'text')
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('requested_by', 'text', c => c.notNull())
    .addColumn('requested_at', big, c => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', big)
    .addColumn('reason', 'text').execute()
  await db.schema.createIndex('staff_requests_region').on('staff_requests').columns(['region', 'state']).execute()
  await db.schema.createIndex('staff_requests_account').on('staff_requests').columns(['account_id', 'state']).execute()
  await db.schema.createIndex('staff_requests_requester').on('staff_requests').columns(['requested_by', 'requested_at']).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
