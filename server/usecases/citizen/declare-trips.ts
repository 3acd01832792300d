// 行程申报 (GB/T 38963 trip declaration): trips of the last 14 days, re-assessed at once.
import { AppError } from '@core/api/app-error'
import type { DeclarationResult, tripDeclare } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Locale } from '@core/api/messages'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { RegionDirectory } from '../../ports/region-directory'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { assertKnownRegions } from './check-regions'
import { afterCommit, finishDeclaration, type FinishDeps } from './finish-declaration'

export class DeclareTrips {
  constructor(private readonly deps: FinishDeps & { store: Store; pii: PiiProtector; clock: Clock; regions: Pick<RegionDirectory, 'isCounty' | 'name'> }) {}

  async execute(actor: Actor, { trips }: ParsedInputOf<typeof tripDeclare>, locale: Locale): Promise<DeclarationResult> {
    const { store, pii, clock } = this.deps
    assertKnownRegions(this.deps.regions, { trips }, locale)
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const id = newId()
    return afterCommit(this.deps, await store.transaction(async tx => {
      await tx.declarations.insert({ id, accountId: actor.accountId, kind: 'trip', at: now, dataEnc: pii.seal(JSON.stringify({ trips: trips.length })) }, trips)
      return finishDeclaration(this.deps, tx, actor.accountId, citizen.region, id, now)
    }))
  }
}
