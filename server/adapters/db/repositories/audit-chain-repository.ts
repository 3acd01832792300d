import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { AuditChainStore, ChainEntry, Checkpoint, PurgeMarker } from '../../../ports/audit-chain-store'

const toEntry = (r: Omit<Database['audit_log'], 'seq'> & { seq: number }): ChainEntry => ({
  seq: Number(r.seq), at: Number(r.at), region: r.region, actor: r.actor, action: r.action, subject: r.subject, reason: r.reason, data: r.data, prevHash: r.prev_hash, hash: r.hash
})

export class AuditChainRepository implements AuditChainStore {
  constructor(private readonly db: Kysely<Database>) {}

  async head() {
    const r = await this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow()
    return { seq: Number(r.seq), hash: r.hash }
  }

  async entries(afterSeq: number, limit: number) {
    return (await this.db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute()).map(toEntry)
  }

  async entry(seq: number) {
    const r = await this.db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirst()
    return r ? toEntry(r) : null
  }

  async checkpoints() {
    return (await this.db.selectFrom('audit_checkpoints').selectAll().orderBy('seq').execute()).map(r => ({ seq: Number(r.seq), hash: r.hash, at: Number(r.at), kid: r.kid, signature: r.signature }))
  }

  async lastCheckpoint() {
    const r = await this.db.selectFrom('audit_checkpoints').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst()
    return r ? { seq: Number(r.seq), hash: r.hash, at: Number(r.at), kid: r.kid, signature: r.signature } : null
  }

  async addCheckpoint(c: Checkpoint) {
    const r = await this.db.insertInto('audit_checkpoints').values({ seq: c.seq, hash: c.hash, at: c.at, kid: c.kid, signature: c.signature })
      .onConflict(oc => oc.column('seq').doNothing()).executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async purges() {
    return (await this.db.selectFrom('audit_purges').selectAll().orderBy('through_seq').execute())
      .map(r => ({ throughSeq: Number(r.through_seq), hash: r.hash, at: Number(r.at), count: Number(r.count), kid: r.kid, signature: r.signature }))
  }

  async purge(m: PurgeMarker) {
    await this.db.insertInto('audit_purges').values({ through_seq: m.throughSeq, hash: m.hash, at: m.at, count: m.count, kid: m.kid, signature: m.signature }).execute()
    const r = await this.db.deleteFrom('audit_log').where('seq', '<=', m.throughSeq).executeTakeFirst()
    await this.db.deleteFrom('audit_checkpoints').where('seq', '<', m.throughSeq).execute()
    return Number(r.numDeletedRows)
  }

  async countBefore(at: number) {
    const r = await this.db.selectFrom('audit_log').select([sql<number>`max(seq)`.as('s'), sql<number>`count(*)`.as('n')]).where('at', '<', at).executeTakeFirst()
    return r && r.s !== null ? { throughSeq: Number(r.s), count: Number(r.n) } : null
  }
}
