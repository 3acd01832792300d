// A region admin renames or moves a collection point, changes its kind, or reopens it.
import type { CollectionPoint, pointUpdate } from '@core/api/contract/points'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { changePoint } from './change-point'

export class UpdatePoint {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  execute(admin: Actor, { pointId, ...patch }: ParsedInputOf<typeof pointUpdate>): Promise<CollectionPoint> {
    return changePoint(this.deps, admin, pointId, patch)
  }
}
