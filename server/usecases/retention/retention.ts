// Retention per data class (days, configurable): after that, data is purged — daily by the host, or on
// demand with `healthcode purge --before <date>`. The audit log outlives personal data; its purge leaves a
// signed marker so the remaining chain stays verifiable.
import { sql, type Kysely } from 'kysely'
import { chinaDate } from '@core/declaration/schema'
import type { Container } from '../../runtime/container'
import { purgeAuditLog } from '../audit-log/checkpoints'
import { ManageGrants } from '../grants/manage-grants'

export interface RetentionDays { scans: number; trips: number; declarations: number; imports: number; history: number; auditLog: number }

export function retentionDays(env = process.env): RetentionDays {
  const n = (name: string, fallback: number) => Number(env[name] ?? fallback)
  return {
    scans: n('RETAIN_SCANS_DAYS', 28), trips: n('RETAIN_TRIPS_DAYS', 28), declarations: n('RETAIN_DECLARATIONS_DAYS', 28),
    imports: n('RETAIN_IMPORTS_DAYS', 28), history: n('RETAIN_HISTORY_DAYS', 180), auditLog: n('RETAIN_AUDIT_LOG_DAYS', 180)
  }
}

async function del(db: Kysely<any>, q: ReturnType<typeof sql>): Promise<number> {
  return Number((await q.execute(db)).numAffectedRows ?? 0)
}

/** Deletes what is older than each class's period (or than `before`, for every class). Returns counts per class. */
export async function purge(c: Container, options: { before?: number; days?: RetentionDays } = {}): Promise<Record<string, number>> {
  const now = c.clock.now()
  const days = options.days ?? retentionDays()
  const cut = (d: number) => options.before ?? now - d * 86400_000
  const db = c.db as Kysely<any>
  const counts: Record<string, number> = {}
  counts.scans = await del(db, sql`delete from scans where scanned_at < ${cut(days.scans)}`)
  counts.trips = await del(db, sql`delete from trips where to_date < ${chinaDate(cut(days.trips))}`)
  counts.checkins = await del(db, sql`delete from checkins where at < ${cut(days.declarations)}`)
  counts.declarations = await del(db, sql`delete from declarations where at < ${cut(days.declarations)}`)
  const imports = cut(days.imports)
  counts.importRows = await del(db, sql`delete from import_rows where import_id in (select id from imports where uploaded_at < ${imports})`)
  counts.labResults = await del(db, sql`delete from lab_results where created_at < ${imports}`)
  counts.vaccinations = await del(db, sql`delete from vaccinations where created_at < ${imports}`)
  counts.caseContacts = await del(db, sql`delete from case_contacts where created_at < ${imports}`)
  counts.riskAreas = await del(db, sql`delete from risk_areas where to_date < ${chinaDate(imports)}`)
  counts.history = await del(db, sql`delete from status_history where at < ${cut(days.history)}`)
  counts.notices = await del(db, sql`delete from notices where at < ${cut(days.history)}`)
  counts.auditLog = await purgeAuditLog(c.store, c.keys.checkpoint, c.clock, cut(days.auditLog))
  // Housekeeping of short-lived rows (no personal data beyond keyed hashes).
  await del(db, sql`delete from otp_challenges where expires_at < ${now - 86400_000}`)
  await del(db, sql`delete from sessions where expires_at < ${now - 86400_000}`)
  await del(db, sql`delete from rate_counters where window_start < ${now - 86400_000}`)
  counts.grantsExpired = await new ManageGrants(c).expireDue()
  return counts
}

/** The host's daily purge (one worker runs it; a repeat is harmless). */
export function schedulePurge(c: Container, everyMs = 24 * 3600_000): () => void {
  const timer = setInterval(() => { purge(c).catch(() => undefined) }, everyMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
