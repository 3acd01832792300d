// Auditors under dual control: appeals, attachments, review flags, manual status changes that need a
// second auditor, bulk-change alarms, and signed checkpoints and purge markers of the audit log.
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('appeals')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull().references('accounts.id'))
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('status_at', big, c => c.notNull())
    .addColumn('description_enc', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('updated_at', big, c => c.notNull()).execute()
  await db.schema.createIndex('appeals_region').on('appeals').columns(['region', 'state']).execute()

  await db.schema.alterTable('corrections').addColumn('decision_json', 'text').execute()
  await db.schema.alterTable('appeals').addColumn('decision_json', 'text').execute()
  await db.schema.createIndex('corrections_region').on('corrections').columns(['region', 'state']).execute()

  await db.schema.createTable('attachments')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull())
    .addColumn('case_id', 'text', c => c.notNull())
    .addColumn('mime', 'text', c => c.notNull())
    .addColumn('size', 'integer', c => c.notNull())
    .addColumn('data_enc', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull()).execute()
  await db.schema.createIndex('attachments_case').on('attachments').column('case_id').execute()

  await db.schema.createTable('review_flags')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('reason', 'text', c => c.notNull())
    .addColumn('detail', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull()).execute()
  await db.schema.createIndex('flags_region').on('review_flags').columns(['region', 'state']).execute()

  await db.schema.createTable('status_changes')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('account_id', 'text', c => c.notNull())
    .addColumn('to_status', 'text', c => c.notNull())
    .addColumn('reason_code', 'text', c => c.notNull())
    .addColumn('note_enc', 'text', c => c.notNull())
    .addColumn('evidence_json', 'text', c => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('requested_by', 'text', c => c.notNull())
    .addColumn('requested_at', big, c => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', big)
    .addColumn('applied_at', big).execute()
  await db.schema.createIndex('changes_region').on('status_changes').columns(['region', 'state']).execute()
  await db.schema.createIndex('changes_requester').on('status_changes').columns(['requested_by', 'applied_at']).execute()

  await db.schema.createTable('alarms')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('detail_json', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('raised_at', big, c => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', big).execute()
  await db.schema.createIndex('alarms_region').on('alarms').columns(['region', 'state']).execute()

  await db.schema.createTable('audit_checkpoints')
    .addColumn('seq', big, c => c.primaryKey())
    .addColumn('hash', 'text', c => c.notNull())
    .addColumn('at', big, c => c.notNull())
    .addColumn('kid', 'text', c => c.notNull())
    .addColumn('signature', 'text', c => c.notNull()).execute()

  await db.schema.createTable('audit_purges')
    .addColumn('through_seq', big, c => c.primaryKey())
    .addColumn('hash', 'text', c => c.notNull())
    .addColumn('at', big, c => c.notNull())
    .addColumn('count', big, c => c.notNull())
    .addColumn('kid', 'text', c => c.notNull())
    .addColumn('signature', 'text', c => c.notNull()).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
