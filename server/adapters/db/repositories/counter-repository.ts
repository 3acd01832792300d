import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { CounterStore } from '../../../ports/counter-store'

export class CounterRepository implements CounterStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(region: string, day: string, name: string, n: number) {
    await this.db.insertInto('daily_counters').values({ region, day, name, value: n })
      .onConflict(oc => oc.columns(['region', 'day', 'name']).doUpdateSet({ value: sql`daily_counters.value + ${n}` })).execute()
  }

  async get(region: string, day: string) {
    const rows = await this.db.selectFrom('daily_counters').select(['name', 'value']).where('region', '=', region).where('day', '=', day).execute()
    return Object.fromEntries(rows.map(r => [r.name, Number(r.value)]))
  }
}
