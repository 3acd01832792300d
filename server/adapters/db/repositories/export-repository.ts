// The exports' region-wide reads as plain SQL (aggregates over statuses and status history).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { ExportQueries } from '../../../ports/export-queries'

export class ExportRepository implements ExportQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async statusCounts(region: string) {
    const rows = (await sql<{ status: string; n: number }>`select status, count(*) as n from statuses where region = ${region} group by status`.execute(this.db)).rows
    return rows.map(r => ({ status: r.status, count: Number(r.n) }))
  }

  async statusChanges(region: string) {
    const rows = (await sql<{ at: number; to_status: string }>`select h.at, h.to_status from status_history h join citizens c on c.account_id = h.account_id where c.region = ${region}`.execute(this.db)).rows
    return rows.map(r => ({ at: Number(r.at), toStatus: r.to_status }))
  }

  async nonGreenStatuses(region: string) {
    const rows = (await sql<{ holder: string; status: string; reason: string | null; set_at: number }>`select c.holder, s.status, s.reason, s.set_at from statuses s join citizens c on c.account_id = s.account_id where s.region = ${region} and s.status <> 'green'`.execute(this.db)).rows
    return rows.map(r => ({ holder: r.holder, status: r.status, reason: r.reason, setAt: Number(r.set_at) }))
  }
}
