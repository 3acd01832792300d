import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { StatusChangeRequest, StatusChangeStore } from '../../../ports/status-change-store'

type Row = Database['status_changes']
const toRequest = (r: Row): StatusChangeRequest => ({
  id: r.id, region: r.region, accountId: r.account_id, toStatus: r.to_status as StatusChangeRequest['toStatus'], reasonCode: r.reason_code, noteEnc: r.note_enc,
  evidence: JSON.parse(r.evidence_json), caseId: r.case_id, state: r.state as StatusChangeRequest['state'], requestedBy: r.requested_by,
  requestedAt: Number(r.requested_at), decidedBy: r.decided_by, decidedAt: r.decided_at === null ? null : Number(r.decided_at), appliedAt: r.applied_at === null ? null : Number(r.applied_at)
})

export class StatusChangeRepository implements StatusChangeStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(r: StatusChangeRequest) {
    await this.db.insertInto('status_changes').values({
      id: r.id, region: r.region, account_id: r.accountId, to_status: r.toStatus, reason_code: r.reasonCode, note_enc: r.noteEnc,
      evidence_json: JSON.stringify(r.evidence), case_id: r.caseId, state: r.state, requested_by: r.requestedBy, requested_at: r.requestedAt,
      decided_by: r.decidedBy, decided_at: r.decidedAt, applied_at: r.appliedAt
    }).execute()
  }

  async find(id: string) {
    const r = await this.db.selectFrom('status_changes').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toRequest(r) : null
  }

  async list(region: string, states: StatusChangeRequest['state'][]) {
    return (await this.db.selectFrom('status_changes').selectAll().where('region', '=', region).where('state', 'in', states).orderBy('requested_at').execute()).map(toRequest)
  }

  async decide(id: string, p: Pick<StatusChangeRequest, 'state' | 'decidedBy' | 'decidedAt' | 'appliedAt'>) {
    await this.db.updateTable('status_changes').set({ state: p.state, decided_by: p.decidedBy, decided_at: p.decidedAt, applied_at: p.appliedAt }).where('id', '=', id).execute()
  }

  async appliedSince(by: { requestedBy?: string; region?: string }, since: number) {
    let q = this.db.selectFrom('status_changes').select(eb => eb.fn.countAll<number>().as('n')).where('applied_at', '>=', since)
    if (by.requestedBy) q = q.where('requested_by', '=', by.requestedBy)
    if (by.region) q = q.where('region', '=', by.region)
    return Number((await q.executeTakeFirst())?.n ?? 0)
  }
}
