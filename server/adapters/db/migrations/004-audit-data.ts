// Background audit on real data: published rule sets, imports with provenance and dual approval, the
// imported data itself (keyed by the ID number's keyed hash, so records may arrive before the person
// registers), background jobs, and in-app notices.
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('rule_sets')
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .addColumn('id', 'text', c => c.notNull())
    .addColumn('valid_from', 'text', c => c.notNull())
    .addColumn('file_json', 'text', c => c.notNull())
    .addColumn('published_by', 'text', c => c.notNull())
    .addColumn('published_at', big, c => c.notNull())
    .addPrimaryKeyConstraint('rule_sets_pk', ['region', 'version']).execute()

  await db.schema.createTable('imports')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('source', 'text', c => c.notNull())
    .addColumn('file_name', 'text', c => c.notNull())
    .addColumn('file_hash', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('uploaded_by', 'text', c => c.notNull())
    .addColumn('uploaded_at', big, c => c.notNull())
    .addColumn('total_rows', 'integer', c => c.notNull())
    .addColumn('accepted_rows', 'integer', c => c.notNull())
    .addColumn('rejected_json', 'text', c => c.notNull())
    .addColumn('preview_json', 'text')
    .addColumn('progress', 'integer', c => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', big)
    .addColumn('job_id', 'text')
    .addColumn('error', 'text').execute()
  await db.schema.createIndex('imports_region').on('imports').columns(['region', 'uploaded_at']).execute()
  await db.schema.createIndex('imports_file').on('imports').columns(['region', 'source', 'file_hash']).execute()

  await db.schema.createTable('import_rows')
    .addColumn('import_id', 'text', c => c.notNull())
    .addColumn('line', 'integer', c => c.notNull())
    .addColumn('data_json', 'text', c => c.notNull())
    .addPrimaryKeyConstraint('import_rows_pk', ['import_id', 'line']).execute()

  await db.schema.alterTable('risk_areas').addColumn('import_id', 'text').execute()
  // Checkpoint facts a refreshed code carries, derived at audit time so refreshes stay one read.
  await db.schema.alterTable('statuses').addColumn('test_valid_until', big).execute()
  await db.schema.alterTable('statuses').addColumn('vaccinated', 'integer').execute()
  await db.schema.createIndex('risk_areas_natural').on('risk_areas').columns(['region_code', 'level', 'from_date', 'to_date']).unique().execute()

  await db.schema.createTable('lab_results')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('id_hash', 'text', c => c.notNull())
    .addColumn('result', 'text', c => c.notNull())
    .addColumn('sampled_at', big, c => c.notNull())
    .addColumn('institution', 'text', c => c.notNull())
    .addColumn('import_id', 'text', c => c.notNull()).execute()
  await db.schema.createIndex('lab_results_person').on('lab_results').columns(['id_hash', 'sampled_at', 'result']).unique().execute()

  await db.schema.createTable('vaccinations')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('id_hash', 'text', c => c.notNull())
    .addColumn('doses', 'integer', c => c.notNull())
    .addColumn('complete', 'integer', c => c.notNull())
    .addColumn('last_dose_date', 'text', c => c.notNull())
    .addColumn('import_id', 'text', c => c.notNull()).execute()
  await db.schema.createIndex('vaccinations_person').on('vaccinations').columns(['id_hash', 'last_dose_date', 'doses']).unique().execute()

  await db.schema.createTable('case_contacts')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('id_hash', 'text', c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('listed_at', 'text', c => c.notNull())
    .addColumn('import_id', 'text', c => c.notNull()).execute()
  await db.schema.createIndex('case_contacts_person').on('case_contacts').columns(['id_hash', 'kind', 'listed_at']).unique().execute()

  await db.schema.createTable('jobs')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('region', 'text', c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('params_json', 'text', c => c.notNull())
    .addColumn('total', 'integer', c => c.notNull())
    .addColumn('done', 'integer', c => c.notNull())
    .addColumn('changed', 'integer', c => c.notNull())
    .addColumn('created_by', 'text', c => c.notNull())
    .addColumn('created_at', big, c => c.notNull())
    .addColumn('updated_at', big, c => c.notNull())
    .addColumn('error', 'text').execute()

  await db.schema.createTable('notices')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('account_id', 'text', c => c.notNull())
    .addColumn('at', big, c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('text_json', 'text', c => c.notNull())
    .addColumn('read_at', big).execute()
  await db.schema.createIndex('notices_account').on('notices').columns(['account_id', 'at']).execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
