import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { IdentityRecovery, IdentityRecoveryStore, RecoveryState } from '../../../ports/identity-recovery-store'

type Row = Database['identity_recoveries']
const num = (v: number | null) => (v === null ? null : Number(v))
const toRecovery = (r: Row): IdentityRecovery => ({
  id: r.id, region: r.region, accountId: r.account_id, state: r.state as RecoveryState, openedAt: Number(r.opened_at), attemptId: r.attempt_id,
  requestedBy: r.requested_by, requestedAt: num(r.requested_at), noteEnc: r.note_enc, decidedBy: r.decided_by, decidedAt: num(r.decided_at), decisionNoteEnc: r.decision_note_enc
})

export class IdentityRecoveryRepository implements IdentityRecoveryStore {
  constructor(private readonly db: Kysely<Database>) {}

  async open(r: IdentityRecovery) {
    await this.db.insertInto('identity_recoveries').values({
      id: r.id, region: r.region, account_id: r.accountId, state: r.state, opened_at: r.openedAt, attempt_id: r.attemptId, requested_by: r.requestedBy,
      requested_at: r.requestedAt, note_enc: r.noteEnc, decided_by: r.decidedBy, decided_at: r.decidedAt, decision_note_enc: r.decisionNoteEnc
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('identity_recoveries').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toRecovery(r) : null
  }

  async activeFor(accountId: string) {
    const r = await this.db.selectFrom('identity_recoveries').selectAll().where('account_id', '=', accountId).where('state', 'in', ['open', 'requested'])
      .orderBy('opened_at').executeTakeFirst()
    return r ? toRecovery(r) : null
  }

  async list(region: string, states: RecoveryState[]) {
    return (await this.db.selectFrom('identity_recoveries').selectAll().where('region', '=', region).where('state', 'in', states).orderBy('opened_at').execute()).map(toRecovery)
  }

  async update(id: string, p: Parameters<IdentityRecoveryStore['update']>[1]) {
    const set: Partial<Row> = {}
    if (p.state !== undefined) set.state = p.state
    if (p.attemptId !== undefined) set.attempt_id = p.attemptId
    if (p.requestedBy !== undefined) set.requested_by = p.requestedBy
    if (p.requestedAt !== undefined) set.requested_at = p.requestedAt
    if (p.noteEnc !== undefined) set.note_enc = p.noteEnc
    if (p.decidedBy !== undefined) set.decided_by = p.decidedBy
    if (p.decidedAt !== undefined) set.decided_at = p.decidedAt
    if (p.decisionNoteEnc !== undefined) set.decision_note_enc = p.decisionNoteEnc
    await this.db.updateTable('identity_recoveries').set(set).where('id', '=', id).execute()
  }
}
