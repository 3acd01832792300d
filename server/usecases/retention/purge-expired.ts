// Retention per data class (days, configurable): after that, data is purged — daily by the host, or on
// demand with `healthcode purge --before <date>`. The audit log outlives personal data; its purge leaves a
// signed marker so the remaining chain stays verifiable.
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import type { Clock } from '../../ports/clock'
import type { RetentionStore } from '../../ports/retention-store'
import type { Store } from '../../ports/store'
import { purgeAuditLog } from '../audit-log/checkpoints'

export interface RetentionDays { scans: number; trips: number; declarations: number; imports: number; history: number; auditLog: number }

const DAY_MS = 86400_000

export class PurgeExpired {
  constructor(private readonly deps: {
    retention: RetentionStore
    store: Store
    checkpointKey: IssuerKeyFile
    clock: Clock
    days: RetentionDays
    /** Ends grants past their end date (relatives' grants have their own lifetime). */
    expireGrants: () => Promise<number>
  }) {}

  /** Deletes what is older than each class's period (or than `before`, for every class). Returns counts per class. */
  async execute(options: { before?: number } = {}): Promise<Record<string, number>> {
    const { retention, store, checkpointKey, clock, days } = this.deps
    const now = clock.now()
    const cut = (d: number) => options.before ?? now - d * DAY_MS
    const counts = await retention.purgeBefore({
      scans: cut(days.scans), trips: cut(days.trips), declarations: cut(days.declarations), imports: cut(days.imports),
      history: cut(days.history), housekeeping: now - DAY_MS
    })
    counts.auditLog = await purgeAuditLog(store, checkpointKey, clock, cut(days.auditLog))
    counts.grantsExpired = await this.deps.expireGrants()
    return counts
  }
}
