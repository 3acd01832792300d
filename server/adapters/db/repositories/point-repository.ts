import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { CollectionPoint, PointStore } from '../../../ports/point-store'

type Row = Database['collection_points']
const toPoint = (r: Row): CollectionPoint => ({
  id: r.id, region: r.region, name: r.name, address: r.address, kind: r.kind, status: r.status,
  createdBy: r.created_by, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at)
})

export class PointRepository implements PointStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(id: string) {
    const r = await this.db.selectFrom('collection_points').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toPoint(r) : null
  }

  async listByRegion(region: string) {
    return (await this.db.selectFrom('collection_points').selectAll().where('region', '=', region).orderBy('created_at').execute()).map(toPoint)
  }

  async insert(p: CollectionPoint) {
    await this.db.insertInto('collection_points').values({
      id: p.id, region: p.region, name: p.name, address: p.address, kind: p.kind, status: p.status,
      created_by: p.createdBy, created_at: p.createdAt, updated_at: p.updatedAt
    }).execute()
  }

  async update(id: string, patch: Partial<Pick<CollectionPoint, 'name' | 'address' | 'kind' | 'status'>>, at: number) {
    await this.db.updateTable('collection_points').set({ ...patch, updated_at: at }).where('id', '=', id).execute()
  }
}
