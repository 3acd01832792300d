// Aggregates for authorities: citizens per status and status changes per China day, for the admin's
// region. No individual records leave; the export is logged.
import { chinaDate } from '@core/declaration/schema'
import type { AggregateExport } from '@core/api/contract/exports'
import type { ExportQueries } from '../../ports/export-queries'
import type { AuditLog } from '../../ports/audit-log'
import type { Actor } from '../actor'

export class ExportAggregate {
  constructor(private readonly deps: { exports: Pick<ExportQueries, 'statusCounts' | 'statusChanges'>; audit: AuditLog }) {}

  async execute(admin: Actor): Promise<AggregateExport> {
    const region = admin.staff!.region
    const byStatus = await this.deps.exports.statusCounts(region)
    const changes = await this.deps.exports.statusChanges(region)
    const perDay: Record<string, Record<string, number>> = {}
    for (const ch of changes) {
      const day = chinaDate(ch.at)
      perDay[day] = perDay[day] ?? {}
      perDay[day][ch.toStatus] = (perDay[day][ch.toStatus] ?? 0) + 1
    }
    await this.deps.audit.append({ region, actor: admin.accountId, action: 'export.aggregate', subject: null, data: {} })
    return { region, byStatus: Object.fromEntries(byStatus.map(r => [r.status, r.count])), changesPerDay: perDay }
  }
}
