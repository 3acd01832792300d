// Retention in SQL: one DELETE per data class by its own time column, and the erasure of every personal
// table when a region ends its service. Table names and columns live here, not in the use cases.
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { chinaDate } from '@core/declaration/schema'
import type { ErasedData, RetentionCutoffs, RetentionStore } from '../../ports/retention-store'
import type { Store } from '../../ports/store'
import { canonicalJson } from '../../kernel/audit-chain'

/** Tables holding personal data, children before parents (foreign keys). */
export const PERSONAL_TABLES = [
  'attachments', 'appeals', 'corrections', 'review_flags', 'status_changes', 'alarms', 'notices', 'grants', 'scans',
  'status_history', 'statuses', 'devices', 'checkins', 'trips', 'declarations', 'consents', 'citizens', 'lab_results',
  'vaccinations', 'case_contacts', 'import_rows', 'revocations', 'revocation_lists', 'job_shares', 'jobs', 'sessions', 'otp_challenges',
  'rate_counters', 'identity_recoveries', 'identity_attempts', 'staff', 'accounts'
]

async function del(db: Kysely<any>, q: ReturnType<typeof sql>): Promise<number> {
  return Number((await q.execute(db)).numAffectedRows ?? 0)
}

export class SqlRetentionStore implements RetentionStore {
  constructor(private readonly db: Kysely<any>, private readonly store: Store) {}

  async purgeBefore(cut: RetentionCutoffs): Promise<Record<string, number>> {
    const db = this.db
    const counts: Record<string, number> = {}
    counts.scans = await del(db, sql`delete from scans where scanned_at < ${cut.scans}`)
    counts.trips = await del(db, sql`delete from trips where to_date < ${chinaDate(cut.trips)}`)
    counts.checkins = await del(db, sql`delete from checkins where at < ${cut.declarations}`)
    counts.declarations = await del(db, sql`delete from declarations where at < ${cut.declarations}`)
    counts.importRows = await del(db, sql`delete from import_rows where import_id in (select id from imports where uploaded_at < ${cut.imports})`)
    counts.labResults = await del(db, sql`delete from lab_results where created_at < ${cut.imports}`)
    counts.vaccinations = await del(db, sql`delete from vaccinations where created_at < ${cut.imports}`)
    counts.caseContacts = await del(db, sql`delete from case_contacts where created_at < ${cut.imports}`)
    counts.riskAreas = await del(db, sql`delete from risk_areas where to_date < ${chinaDate(cut.imports)}`)
    counts.history = await del(db, sql`delete from status_history where at < ${cut.history}`)
    counts.notices = await del(db, sql`delete from notices where at < ${cut.history}`)
    // Short-lived rows, with no personal data beyond keyed hashes.
    await del(db, sql`delete from otp_challenges where expires_at < ${cut.housekeeping}`)
    await del(db, sql`delete from sessions where expires_at < ${cut.housekeeping}`)
    await del(db, sql`delete from rate_counters where window_start < ${cut.housekeeping}`)
    return counts
  }

  async eraseAllPersonalData(): Promise<ErasedData> {
    const counts: Record<string, number> = {}
    const hashes: Record<string, string> = {}
    await this.store.transaction(async tx => {
      // The transaction's own connection: on SQLite a statement outside it would wait forever.
      const db = (tx as unknown as { db: Kysely<any> }).db
      for (const table of PERSONAL_TABLES) {
        const rows = (await sql`select * from ${sql.table(table)}`.execute(db)).rows as Record<string, unknown>[]
        const lines = rows.map(r => canonicalJson(r)).sort()
        hashes[table] = createHash('sha256').update(lines.join('\n')).digest('hex')
        counts[table] = rows.length
        await sql`delete from ${sql.table(table)}`.execute(db)
      }
    })
    return { counts, hashes, tables: [...PERSONAL_TABLES] }
  }
}
