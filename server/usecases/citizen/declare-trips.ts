// 行程申报 (GB/T 38963 trip declaration) and the daily check-in (打卡): both re-audit at once.
import { AppError } from '@core/api/app-error'
import { chinaDate } from '@core/declaration/schema'
import type { Trip } from '../../ports/declaration-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import type { CitizenDeps } from './citizen-deps'
import { DeclarationResult, DeclareHealth } from './declare-health'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'

export class DeclareTrips {
  constructor(private readonly deps: CitizenDeps) {}

  async trips(actor: Actor, trips: Trip[]): Promise<DeclarationResult> {
    const { store, pii, clock } = this.deps
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const id = newId()
    return store.transaction(async tx => {
      await tx.declarations.insert({ id, accountId: actor.accountId, kind: 'trip', at: now, dataEnc: pii.seal(JSON.stringify({ trips: trips.length })) }, trips)
      return new DeclareHealth(this.deps).finish(tx, actor.accountId, citizen.region, id, now)
    })
  }

  /** Today's check-in with temperature and symptoms; counts towards exit conditions. Idempotent per day. */
  async checkin(actor: Actor, health: { temperature: number; symptoms: StoredDeclaration['health']['symptoms'] }): Promise<DeclarationResult & { day: string }> {
    const { store, pii, clock } = this.deps
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const day = chinaDate(now)
    const previous = await store.declarations.latest(actor.accountId, ['health', 'checkin'])
    const contact = previous ? (JSON.parse(pii.open(previous.dataEnc)) as StoredDeclaration).contact : 'none'
    const data: StoredDeclaration = { health: { temperature: health.temperature, symptoms: health.symptoms, conditions: [] }, contact, tests: [], vaccination: null }
    const id = newId()
    const result = await store.transaction(async tx => {
      await tx.declarations.recordCheckin(actor.accountId, day, now)
      await tx.declarations.insert({ id, accountId: actor.accountId, kind: 'checkin', at: now, dataEnc: pii.seal(JSON.stringify(data)) }, [])
      return new DeclareHealth(this.deps).finish(tx, actor.accountId, citizen.region, id, now, { at: now, data })
    })
    return { ...result, day }
  }
}
