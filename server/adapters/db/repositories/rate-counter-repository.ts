import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Clock } from '../../../ports/clock'
import type { RateLimiter } from '../../../ports/rate-limiter'

export class RateCounterRepository implements RateLimiter {
  constructor(private readonly db: Kysely<Database>, private readonly clock: Clock) {}

  async hit(key: string, limit: number, windowMs: number) {
    const windowStart = Math.floor(this.clock.now() / windowMs) * windowMs
    const row = await this.db.insertInto('rate_counters').values({ key, window_start: windowStart, count: 1 })
      .onConflict(oc => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_counters.count + 1` }))
      .returning('count').executeTakeFirstOrThrow()
    return Number(row.count) <= limit
  }

  async count(key: string, windowMs: number) {
    const windowStart = Math.floor(this.clock.now() / windowMs) * windowMs
    const row = await this.db.selectFrom('rate_counters').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst()
    return row ? Number(row.count) : 0
  }
}
