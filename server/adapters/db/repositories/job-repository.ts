import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import { engineOf } from '../dialect'
import type { Job, JobShare, JobStore, ShareProgress, ShareScope } from '../../../ports/job-store'

type Row = Database['jobs']
type ShareRow = Database['job_shares']
const toJob = (r: Row): Job => ({
  id: r.id, region: r.region, kind: r.kind as Job['kind'], state: r.state as Job['state'], params: JSON.parse(r.params_json),
  total: r.total, done: r.done, changed: r.changed, createdBy: r.created_by, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at), error: r.error
})
const toShare = (r: ShareRow): JobShare => ({
  jobId: r.job_id, seq: Number(r.seq),
  scope: r.kind === 'ids' ? { ids: JSON.parse(r.ids_json ?? '[]') } : { after: r.after_id ?? '', through: r.through_id },
  resumeAfter: r.resume_after, done: Number(r.done), changed: Number(r.changed), attempts: Number(r.attempts)
})

/** Rows per INSERT when splitting, well under either engine's limit on bound parameters. */
const INSERT_CHUNK = 500

export class JobRepository implements JobStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(j: Job) {
    await this.db.insertInto('jobs').values({
      id: j.id, region: j.region, kind: j.kind, state: j.state, params_json: JSON.stringify(j.params), total: j.total, done: j.done,
      changed: j.changed, created_by: j.createdBy, created_at: j.createdAt, updated_at: j.updatedAt, error: j.error
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
    if (!r) return null
    const job = toJob(r)
    // Progress is what the shares' committed batches say, whichever processes ran them.
    const s = await this.db.selectFrom('job_shares').where('job_id', '=', id)
      .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(done), 0)`.as('done'), sql<number>`coalesce(sum(changed), 0)`.as('changed')])
      .executeTakeFirst()
    if (s && Number(s.n) > 0) { job.done = Number(s.done); job.changed = Number(s.changed) }
    return job
  }

  async update(id: string, patch: Partial<Pick<Job, 'state' | 'total' | 'done' | 'changed' | 'error'>>, at: number) {
    await this.db.updateTable('jobs').set({ ...patch, updated_at: at }).where('id', '=', id).execute()
  }

  async unfinished() {
    return (await this.db.selectFrom('jobs').selectAll().where('state', 'in', ['queued', 'running']).execute()).map(toJob)
  }

  async split(jobId: string, scopes: ShareScope[], at: number) {
    const r = await this.db.updateTable('jobs').set({ state: 'running', updated_at: at }).where('id', '=', jobId).where('state', '=', 'queued').executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) return false
    const rows = scopes.map((scope, seq) => ({
      job_id: jobId, seq, kind: 'ids' in scope ? 'ids' : 'range',
      ids_json: 'ids' in scope ? JSON.stringify(scope.ids) : null,
      after_id: 'ids' in scope ? null : scope.after, through_id: 'ids' in scope ? null : scope.through,
      resume_after: null, state: 'open', done: 0, changed: 0, attempts: 0, lease_owner: null, lease_until: 0, updated_at: at
    }))
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await this.db.insertInto('job_shares').values(rows.slice(i, i + INSERT_CHUNK)).execute()
    return true
  }

  async claimShare(owner: string, now: number, leaseUntil: number, jobId?: string) {
    // PostgreSQL: concurrent claimers skip a row another is taking instead of queueing behind it.
    // SQLite: one statement under the write lock is already alone.
    const lock = engineOf(this.db) === 'postgres' ? sql`for update of s skip locked` : sql``
    const onlyJob = jobId === undefined ? sql`` : sql`and s.job_id = ${jobId}`
    const r = await sql<ShareRow>`update job_shares set lease_owner = ${owner}, lease_until = ${leaseUntil}, attempts = attempts + 1, updated_at = ${now}
      where (job_id, seq) in (
        select s.job_id, s.seq from job_shares s join jobs j on j.id = s.job_id
        where s.state = 'open' and s.lease_until < ${now} and j.state = 'running' ${onlyJob}
        order by j.created_at, s.seq limit 1 ${lock})
      returning *`.execute(this.db)
    return r.rows[0] ? toShare(r.rows[0]) : null
  }

  async renewShare(jobId: string, seq: number, owner: string, leaseUntil: number) {
    const r = await this.db.updateTable('job_shares').set({ lease_until: leaseUntil })
      .where('job_id', '=', jobId).where('seq', '=', seq).where('lease_owner', '=', owner).where('state', '=', 'open').executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async advanceShare(jobId: string, seq: number, owner: string, p: ShareProgress, leaseUntil: number, at: number) {
    const r = await this.db.updateTable('job_shares').set({
      resume_after: p.resumeAfter, done: p.done, changed: p.changed, state: p.finished ? 'done' : 'open', lease_until: p.finished ? 0 : leaseUntil, updated_at: at
    }).where('job_id', '=', jobId).where('seq', '=', seq).where('lease_owner', '=', owner).where('state', '=', 'open').executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async releaseShare(jobId: string, seq: number, owner: string) {
    await this.db.updateTable('job_shares').set({ lease_until: 0 })
      .where('job_id', '=', jobId).where('seq', '=', seq).where('lease_owner', '=', owner).where('state', '=', 'open').execute()
  }

  async finishIfComplete(jobId: string, at: number) {
    const s = await this.db.selectFrom('job_shares').where('job_id', '=', jobId).select([
      sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(case when state = 'done' then 0 else 1 end), 0)`.as('open'),
      sql<number>`coalesce(sum(done), 0)`.as('done'), sql<number>`coalesce(sum(changed), 0)`.as('changed')
    ]).executeTakeFirst()
    if (!s || Number(s.n) === 0 || Number(s.open) > 0) return false
    const job = await this.db.selectFrom('jobs').select('total').where('id', '=', jobId).executeTakeFirst()
    if (!job) return false
    // Finished shares never change again, so these sums are final; of two finishers only one sees 'running'.
    const r = await this.db.updateTable('jobs')
      .set({ state: 'done', done: Number(s.done), changed: Number(s.changed), total: Math.max(Number(job.total), Number(s.done)), updated_at: at })
      .where('id', '=', jobId).where('state', '=', 'running').executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }
}
