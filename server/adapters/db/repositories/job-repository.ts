import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Job, JobStore } from '../../../ports/job-store'

type Row = Database['jobs']
const toJob = (r: Row): Job => ({
  id: r.id, region: r.region, kind: r.kind as Job['kind'], state: r.state as Job['state'], params: JSON.parse(r.params_json),
  total: r.total, done: r.done, changed: r.changed, createdBy: r.created_by, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at), error: r.error
})

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
    return r ? toJob(r) : null
  }

  async update(id: string, patch: Partial<Pick<Job, 'state' | 'total' | 'done' | 'changed' | 'error'>>, at: number) {
    await this.db.updateTable('jobs').set({ ...patch, updated_at: at }).where('id', '=', id).execute()
  }

  async claim(id: string, staleBefore: number, at: number) {
    const r = await this.db.updateTable('jobs').set({ state: 'running', updated_at: at })
      .where('id', '=', id)
      .where(eb => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('updated_at', '<', staleBefore)])]))
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async unfinished() {
    return (await this.db.selectFrom('jobs').selectAll().where('state', 'in', ['queued', 'running']).execute()).map(toJob)
  }
}
