// Several hosts on one database: a background job is split into shares that any host claims for a lease
// it renews, so a job outlives the host that started it; and scheduled work (audit checkpoints, purges)
// is done once per interval by whichever process takes its lease first (docs/operations.md).
import { Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const big = 'bigint'
  await db.schema.createTable('job_shares')
    .addColumn('job_id', 'text', c => c.notNull())
    .addColumn('seq', 'integer', c => c.notNull())
    // 'ids': the accounts listed in ids_json; 'range': the region's citizens with after_id < account id ≤ through_id (no end when null).
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('ids_json', 'text')
    .addColumn('after_id', 'text')
    .addColumn('through_id', 'text')
    // The last account of the last committed batch: a share taken over resumes after it.
    .addColumn('resume_after', 'text')
    .addColumn('state', 'text', c => c.notNull())
    .addColumn('done', 'integer', c => c.notNull())
    .addColumn('changed', 'integer', c => c.notNull())
    .addColumn('attempts', 'integer', c => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', big, c => c.notNull())
    .addColumn('updated_at', big, c => c.notNull())
    .addPrimaryKeyConstraint('job_shares_pk', ['job_id', 'seq']).execute()
  await db.schema.createIndex('job_shares_open').on('job_shares').columns(['state', 'lease_until']).execute()
  await db.schema.createIndex('jobs_state').on('jobs').column('state').execute()

  await db.schema.createTable('schedule_leases')
    .addColumn('name', 'text', c => c.primaryKey())
    .addColumn('last_run_at', big, c => c.notNull())
    .addColumn('run_by', 'text').execute()

  // A job one process was running when this version arrived has no shares: it is split and run again
  // from its start (re-evaluating a citizen whose status already moved changes nothing).
  await sql`update jobs set state = 'queued' where state = 'running'`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
