// The collection points and venues of the caller's region, for every staff role of it.
import type { CollectionPoint } from '@core/api/contract/points'
import type { PointStore } from '../../ports/point-store'
import type { Actor } from '../actor'

export class ListPoints {
  constructor(private readonly deps: { points: Pick<PointStore, 'listByRegion'> }) {}

  async execute(actor: Actor): Promise<{ points: CollectionPoint[] }> {
    return { points: await this.deps.points.listByRegion(actor.staff!.region) }
  }
}
