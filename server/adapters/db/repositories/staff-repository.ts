import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { StaffMember, StaffOrigin, StaffRequest, StaffStore } from '../../../ports/staff-store'

type Row = Database['staff']
const toMember = (r: Row): StaffMember => ({
  accountId: r.account_id, role: r.role, region: r.region, pointId: r.point_id, displayName: r.display_name,
  status: r.status, createdBy: r.created_by, createdAt: Number(r.created_at),
  approvedBy: r.approved_by ?? null, approvedAt: r.approved_at === null || r.approved_at === undefined ? null : Number(r.approved_at),
  updatedAt: Number(r.updated_at)
})

type RequestRow = Database['staff_requests']
const toRequest = (r: RequestRow): StaffRequest => ({
  id: r.id, region: r.region, accountId: r.account_id, kind: r.kind, role: r.role, pointId: r.point_id, state: r.state,
  requestedBy: r.requested_by, requestedAt: Number(r.requested_at), decidedBy: r.decided_by,
  decidedAt: r.decided_at === null ? null : Number(r.decided_at), reason: r.reason
})

export class StaffRepository implements StaffStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(accountId: string) {
    const r = await this.db.selectFrom('staff').selectAll().where('account_id', '=', accountId).executeTakeFirst()
    return r ? toMember(r) : null
  }

  async listByRegion(region: string) {
    const rows = await this.db.selectFrom('staff').selectAll().where('region', '=', region).orderBy('created_at').execute()
    return rows.map(toMember)
  }

  async insert(m: StaffMember) {
    await this.db.insertInto('staff').values({
      account_id: m.accountId, role: m.role, region: m.region, point_id: m.pointId, display_name: m.displayName,
      status: m.status, created_by: m.createdBy, created_at: m.createdAt, approved_by: m.approvedBy, approved_at: m.approvedAt, updated_at: m.updatedAt
    }).execute()
  }

  async update(accountId: string, patch: Partial<Pick<StaffMember, 'role' | 'pointId' | 'status' | 'displayName' | 'approvedBy' | 'approvedAt'>>, at: number) {
    await this.db.updateTable('staff').set({
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.pointId !== undefined ? { point_id: patch.pointId } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.approvedBy !== undefined ? { approved_by: patch.approvedBy } : {}),
      ...(patch.approvedAt !== undefined ? { approved_at: patch.approvedAt } : {}),
      updated_at: at
    }).where('account_id', '=', accountId).execute()
  }

  async countActiveAdmins(region: string) {
    const r = await this.db.selectFrom('staff').select(eb => eb.fn.countAll<number>().as('n'))
      .where('region', '=', region).where('role', '=', 'admin').where('status', '=', 'active').executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  async createRequest(q: StaffRequest) {
    await this.db.insertInto('staff_requests').values({
      id: q.id, region: q.region, account_id: q.accountId, kind: q.kind, role: q.role, point_id: q.pointId, state: q.state,
      requested_by: q.requestedBy, requested_at: q.requestedAt, decided_by: q.decidedBy, decided_at: q.decidedAt, reason: q.reason
    }).execute()
  }

  async findRequest(id: string) {
    const r = await this.db.selectFrom('staff_requests').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toRequest(r) : null
  }

  async openRequests(region: string) {
    const rows = await this.db.selectFrom('staff_requests').selectAll().where('region', '=', region)
      .where('state', 'in', ['pending', 'held']).orderBy('requested_at').execute()
    return rows.map(toRequest)
  }

  async openRequestFor(accountId: string) {
    const r = await this.db.selectFrom('staff_requests').selectAll().where('account_id', '=', accountId)
      .where('state', 'in', ['pending', 'held']).orderBy('requested_at', 'desc').executeTakeFirst()
    return r ? toRequest(r) : null
  }

  async decideRequest(id: string, d: Pick<StaffRequest, 'state' | 'decidedBy' | 'decidedAt' | 'reason'>) {
    await this.db.updateTable('staff_requests').set({ state: d.state, decided_by: d.decidedBy, decided_at: d.decidedAt, reason: d.reason }).where('id', '=', id).execute()
  }

  async requestsSince(filter: { requestedBy: string } | { region: string }, since: number) {
    let q = this.db.selectFrom('staff_requests').select(eb => eb.fn.countAll<number>().as('n')).where('requested_at', '>=', since)
    q = 'requestedBy' in filter ? q.where('requested_by', '=', filter.requestedBy) : q.where('region', '=', filter.region)
    const r = await q.executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  async originsOf(accountId: string) {
    const out: StaffOrigin[] = []
    const member = await this.find(accountId)
    if (member) {
      out.push({ by: member.createdBy, at: member.createdAt })
      if (member.approvedBy !== null && member.approvedAt !== null) out.push({ by: member.approvedBy, at: member.approvedAt })
    }
    const approved = await this.db.selectFrom('staff_requests').select(['requested_by', 'requested_at', 'decided_by', 'decided_at'])
      .where('account_id', '=', accountId).where('state', '=', 'approved').execute()
    for (const r of approved) {
      out.push({ by: r.requested_by, at: Number(r.requested_at) })
      if (r.decided_by !== null && r.decided_at !== null) out.push({ by: r.decided_by, at: Number(r.decided_at) })
    }
    return out
  }
}
