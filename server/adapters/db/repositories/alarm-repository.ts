import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Alarm, AlarmStore } from '../../../ports/alarm-store'

type Row = Database['alarms']
const toAlarm = (r: Row): Alarm => ({
  id: r.id, region: r.region, kind: r.kind as Alarm['kind'], detail: JSON.parse(r.detail_json), state: r.state as Alarm['state'],
  raisedAt: Number(r.raised_at), resolvedBy: r.resolved_by, resolvedAt: r.resolved_at === null ? null : Number(r.resolved_at)
})

export class AlarmRepository implements AlarmStore {
  constructor(private readonly db: Kysely<Database>) {}

  async raise(a: Alarm) {
    await this.db.insertInto('alarms').values({ id: a.id, region: a.region, kind: a.kind, detail_json: JSON.stringify(a.detail), state: a.state, raised_at: a.raisedAt, resolved_by: null, resolved_at: null }).execute()
  }

  async list(region: string, states: Alarm['state'][]) {
    return (await this.db.selectFrom('alarms').selectAll().where('region', '=', region).where('state', 'in', states).orderBy('raised_at', 'desc').execute()).map(toAlarm)
  }

  async find(id: string) {
    const r = await this.db.selectFrom('alarms').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toAlarm(r) : null
  }

  async resolve(id: string, by: string, at: number) {
    await this.db.updateTable('alarms').set({ state: 'resolved', resolved_by: by, resolved_at: at }).where('id', '=', id).execute()
  }
}
