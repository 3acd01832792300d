// A change to one collection point of the admin's own region, audited in the same transaction: shared
// by editing or reopening (point.update) and closing (point.close).
import { AppError } from '@core/api/app-error'
import type { CollectionPoint } from '@core/api/contract/points'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export type PointPatch = Partial<Pick<CollectionPoint, 'name' | 'address' | 'kind' | 'status'>>

export function changePoint(deps: { store: Store; clock: Clock }, admin: Actor, pointId: string, patch: PointPatch): Promise<CollectionPoint> {
  const now = deps.clock.now()
  return deps.store.transaction(async tx => {
    const point = await tx.points.find(pointId)
    if (!point || point.region !== admin.staff!.region) throw new AppError('NOT_FOUND', 'collection point')
    await tx.points.update(pointId, patch, now)
    await tx.audit.append({ region: point.region, actor: admin.accountId, action: patch.status === 'closed' ? 'point.close' : 'point.update', subject: pointId, data: { ...patch } })
    return { ...point, ...patch, updatedAt: now }
  })
}
