// Appends to the hash-chained audit log. Each entry's hash covers the previous hash and the entry's
// canonical JSON, so an edit, deletion or reordering breaks every later hash (docs/audit-log.md).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { AuditEntry, AuditLog } from '../../../ports/audit-log'
import type { Clock } from '../../../ports/clock'
import { engineOf } from '../dialect'
import { canonicalJson, entryHash } from '../../../kernel/audit-chain'

export class AuditLogRepository implements AuditLog {
  /** `db` must be a transaction: the head row lock serialises appends. */
  constructor(private readonly db: Kysely<Database>, private readonly clock: Clock) {}

  async append(entry: AuditEntry) {
    const lock = engineOf(this.db) === 'postgres' ? sql` for update` : sql``
    const head = (await sql<{ seq: number; hash: string }>`select seq, hash from audit_head where id = 1${lock}`.execute(this.db)).rows[0]
    const row = {
      seq: Number(head.seq) + 1, at: this.clock.now(), region: entry.region, actor: entry.actor, action: entry.action,
      subject: entry.subject, reason: entry.reason ?? null, data: canonicalJson(entry.data ?? {})
    }
    const hash = entryHash(head.hash, row)
    await this.db.insertInto('audit_log').values({ ...row, prev_hash: head.hash, hash }).execute()
    await this.db.updateTable('audit_head').set({ seq: row.seq, hash }).where('id', '=', 1).execute()
  }
}
