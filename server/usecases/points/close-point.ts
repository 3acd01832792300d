// A region admin closes a collection point: its verifiers can no longer record scans there.
import type { CollectionPoint, pointClose } from '@core/api/contract/points'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { changePoint } from './change-point'

export class ClosePoint {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  execute(admin: Actor, { pointId }: ParsedInputOf<typeof pointClose>): Promise<CollectionPoint> {
    return changePoint(this.deps, admin, pointId, { status: 'closed' })
  }
}
