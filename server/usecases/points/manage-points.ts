// Collection points (采集点) and venues of a region: a region admin creates, edits and closes them.
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { CollectionPoint } from '../../ports/point-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'

export interface PointInput {
  name: string
  address: string
  kind: CollectionPoint['kind']
}

export class ManagePoints {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  list(actor: Actor): Promise<CollectionPoint[]> {
    return this.deps.store.points.listByRegion(actor.staff!.region)
  }

  async create(admin: Actor, input: PointInput): Promise<CollectionPoint> {
    const now = this.deps.clock.now()
    const point: CollectionPoint = { id: newId(), region: admin.staff!.region, ...input, status: 'open', createdBy: admin.accountId, createdAt: now, updatedAt: now }
    await this.deps.store.transaction(async tx => {
      await tx.points.insert(point)
      await tx.audit.append({ region: point.region, actor: admin.accountId, action: 'point.create', subject: point.id, data: { ...input } })
    })
    return point
  }

  async update(admin: Actor, pointId: string, patch: Partial<PointInput> & { status?: CollectionPoint['status'] }): Promise<CollectionPoint> {
    const now = this.deps.clock.now()
    return this.deps.store.transaction(async tx => {
      const point = await tx.points.find(pointId)
      if (!point || point.region !== admin.staff!.region) throw new AppError('NOT_FOUND', 'collection point')
      await tx.points.update(pointId, patch, now)
      await tx.audit.append({ region: point.region, actor: admin.accountId, action: patch.status === 'closed' ? 'point.close' : 'point.update', subject: pointId, data: { ...patch } })
      return { ...point, ...patch, updatedAt: now }
    })
  }
}
