// A region admin opens a collection point (采集点) or venue of their own region.
import type { CollectionPoint, pointCreate } from '@core/api/contract/points'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'

export class CreatePoint {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(admin: Actor, input: ParsedInputOf<typeof pointCreate>): Promise<CollectionPoint> {
    const now = this.deps.clock.now()
    const point: CollectionPoint = { id: newId(), region: admin.staff!.region, ...input, status: 'open', createdBy: admin.accountId, createdAt: now, updatedAt: now }
    await this.deps.store.transaction(async tx => {
      await tx.points.insert(point)
      await tx.audit.append({ region: point.region, actor: admin.accountId, action: 'point.create', subject: point.id, data: { ...input } })
    })
    return point
  }
}
