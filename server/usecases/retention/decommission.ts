// Ends a region's service: deletes all personal data and returns a deletion report signed with the region's
// key — counts per data class and a SHA-256 over what was deleted — that anyone can check against the trust
// list. The audit log (pseudonymous) is kept, closed with a final entry and a signed checkpoint.
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { fromBase64, toBase64, utf8Encode } from '@core/encoding/bytes'
import { issuerVerify } from '@core/crypto/issuer-signature'
import type { TrustListIssuer } from '@core/credential/trust-list'
import type { Container } from '../../runtime/container'
import { canonicalJson } from '../../adapters/db/repositories/audit-log-repository'
import { checkpointNow } from '../audit-log/checkpoints'

/** Tables holding personal data, children before parents (foreign keys). */
export const PERSONAL_TABLES = [
  'attachments', 'appeals', 'corrections', 'review_flags', 'status_changes', 'alarms', 'notices', 'grants', 'scans',
  'status_history', 'statuses', 'devices', 'checkins', 'trips', 'declarations', 'consents', 'citizens', 'lab_results',
  'vaccinations', 'case_contacts', 'import_rows', 'revocations', 'revocation_lists', 'jobs', 'sessions', 'otp_challenges',
  'rate_counters', 'staff', 'accounts'
]

export interface DeletionReport {
  region: string
  at: string
  counts: Record<string, number>
  hashes: Record<string, string>
  total: string
  kid: string
  alg: string
  signature: string
}

const body = (r: Omit<DeletionReport, 'signature'>) => utf8Encode(canonicalJson(r))

export async function decommission(c: Container): Promise<DeletionReport> {
  const counts: Record<string, number> = {}
  const hashes: Record<string, string> = {}
  await c.store.transaction(async tx => {
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
  const unsigned = {
    region: c.config.region.code, at: new Date(c.clock.now()).toISOString(), counts, hashes,
    total: createHash('sha256').update(PERSONAL_TABLES.map(t => `${t}:${hashes[t]}`).join('\n')).digest('hex'),
    kid: c.keys.issuer.kid, alg: c.keys.issuer.alg
  }
  await c.store.transaction(tx => tx.audit.append({ region: unsigned.region, actor: 'operator', action: 'region.decommission', subject: null, data: { total: unsigned.total, counts } }))
  await checkpointNow(c.store, c.keys.checkpoint, c.clock)
  return { ...unsigned, signature: toBase64(c.signer.sign(body(unsigned))) }
}

export function verifyDeletionReport(report: DeletionReport, issuers: TrustListIssuer[]): boolean {
  const { signature, ...unsigned } = report
  return issuers.some(k => k.kid === report.kid && k.region === report.region && k.alg === report.alg &&
    issuerVerify(k.alg, body(unsigned), fromBase64(signature), fromBase64(k.publicKey)))
}

