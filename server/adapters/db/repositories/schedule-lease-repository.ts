// The schedule's leases as one row per task. Taking one is a single conditional UPDATE: on PostgreSQL a
// second process's UPDATE waits for the first's row lock, then finds the row no longer due and changes
// nothing; on SQLite writes are serialised. Either way one caller per interval sees a changed row.
import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { ScheduleLease } from '../../../ports/schedule-lease'

export class ScheduleLeaseRepository implements ScheduleLease {
  /** `runBy` names this process in the table, for operators reading who ran what. */
  constructor(private readonly db: Kysely<Database>, private readonly runBy: string) {}

  async tryRun(name: string, everyMs: number, now: number): Promise<boolean> {
    await this.db.insertInto('schedule_leases').values({ name, last_run_at: 0, run_by: null })
      .onConflict(oc => oc.column('name').doNothing()).execute()
    const r = await this.db.updateTable('schedule_leases').set({ last_run_at: now, run_by: this.runBy })
      .where('name', '=', name).where('last_run_at', '<=', now - everyMs).executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }
}
