// Exports for authorities. By default only aggregates leave the system; records of individuals leave only
// with a named purpose, which is written to the audit log with the export — and even then pseudonymous.
import { sql, type Kysely } from 'kysely'
import { chinaDate } from '@core/declaration/schema'
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'

export class Exports {
  constructor(private readonly c: Container) {}

  async aggregate(admin: Actor) {
    const region = admin.staff!.region
    const db = this.c.db as Kysely<any>
    const byStatus = (await sql<{ status: string; n: number }>`select status, count(*) as n from statuses where region = ${region} group by status`.execute(db)).rows
    const changes = (await sql<{ at: number; to_status: string }>`select h.at, h.to_status from status_history h join citizens c on c.account_id = h.account_id where c.region = ${region}`.execute(db)).rows
    const perDay: Record<string, Record<string, number>> = {}
    for (const ch of changes) {
      const day = chinaDate(Number(ch.at))
      perDay[day] = perDay[day] ?? {}
      perDay[day][ch.to_status] = (perDay[day][ch.to_status] ?? 0) + 1
    }
    await this.c.store.audit.append({ region, actor: admin.accountId, action: 'export.aggregate', subject: null, data: {} })
    return { region, byStatus: Object.fromEntries(byStatus.map(r => [r.status, Number(r.n)])), changesPerDay: perDay }
  }

  async records(admin: Actor, purpose: string) {
    const region = admin.staff!.region
    const rows = (await sql<{ holder: string; status: string; reason: string | null; set_at: number }>`select c.holder, s.status, s.reason, s.set_at from statuses s join citizens c on c.account_id = s.account_id where s.region = ${region} and s.status <> 'green'`.execute(this.c.db as Kysely<any>)).rows
    await this.c.store.audit.append({ region, actor: admin.accountId, action: 'export.records', subject: null, reason: purpose, data: { rows: rows.length } })
    return { purpose, records: rows.map(r => ({ holder: r.holder, status: r.status, reason: r.reason, setAt: Number(r.set_at) })) }
  }
}
