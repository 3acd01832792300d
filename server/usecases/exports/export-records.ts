// Records of individuals for authorities: only the region's non-green statuses, pseudonymous (holder
// pseudonym), and only with a named purpose, which is written to the audit log with the export.
import type { RecordsExport, exportRecords } from '@core/api/contract/exports'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { ExportQueries } from '../../ports/export-queries'
import type { AuditLog } from '../../ports/audit-log'
import type { Actor } from '../actor'

export class ExportRecords {
  constructor(private readonly deps: { exports: Pick<ExportQueries, 'nonGreenStatuses'>; audit: AuditLog }) {}

  async execute(admin: Actor, { purpose }: ParsedInputOf<typeof exportRecords>): Promise<RecordsExport> {
    const region = admin.staff!.region
    const records = await this.deps.exports.nonGreenStatuses(region)
    await this.deps.audit.append({ region, actor: admin.accountId, action: 'export.records', subject: null, reason: purpose, data: { rows: records.length } })
    return { purpose, records }
  }
}
