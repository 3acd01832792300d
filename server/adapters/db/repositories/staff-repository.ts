import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { StaffMember, StaffStore } from '../../../ports/staff-store'

type Row = Database['staff']
const toMember = (r: Row): StaffMember => ({
  accountId: r.account_id, role: r.role, region: r.region, pointId: r.point_id, displayName: r.display_name,
  status: r.status, createdBy: r.created_by, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at)
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
      status: m.status, created_by: m.createdBy, created_at: m.createdAt, updated_at: m.updatedAt
    }).execute()
  }

  async update(accountId: string, patch: Partial<Pick<StaffMember, 'role' | 'pointId' | 'status' | 'displayName'>>, at: number) {
    await this.db.updateTable('staff').set({
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.pointId !== undefined ? { point_id: patch.pointId } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      updated_at: at
    }).where('account_id', '=', accountId).execute()
  }

  async countActiveAdmins(region: string) {
    const r = await this.db.selectFrom('staff').select(eb => eb.fn.countAll<number>().as('n'))
      .where('region', '=', region).where('role', '=', 'admin').where('status', '=', 'active').executeTakeFirst()
    return Number(r?.n ?? 0)
  }
}
