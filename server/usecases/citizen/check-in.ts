// 每日打卡 (the daily check-in): today's temperature and symptoms, re-assessed at once; consecutive days
// count towards exit conditions. Idempotent per China day.
import { AppError } from '@core/api/app-error'
import type { CheckinResult, checkin } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import { chinaDate } from '@core/declaration/schema'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { afterCommit, finishDeclaration, type FinishDeps } from './finish-declaration'

export class CheckIn {
  constructor(private readonly deps: FinishDeps & { store: Store; pii: PiiProtector; clock: Clock }) {}

  async execute(actor: Actor, health: ParsedInputOf<typeof checkin>): Promise<CheckinResult> {
    const { store, pii, clock } = this.deps
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const day = chinaDate(now)
    // A check-in carries no contact answer: the last declared one still holds.
    const previous = await store.declarations.latest(actor.accountId, ['health', 'checkin'])
    const contact = previous ? (JSON.parse(pii.open(previous.dataEnc)) as StoredDeclaration).contact : 'none'
    const data: StoredDeclaration = { health: { temperature: health.temperature, symptoms: health.symptoms, conditions: [] }, contact, tests: [], vaccination: null }
    const id = newId()
    const result = afterCommit(this.deps, await store.transaction(async tx => {
      await tx.declarations.recordCheckin(actor.accountId, day, now)
      await tx.declarations.insert({ id, accountId: actor.accountId, kind: 'checkin', at: now, dataEnc: pii.seal(JSON.stringify(data)) }, [])
      return finishDeclaration(this.deps, tx, actor.accountId, citizen.region, id, now, { at: now, data })
    }))
    return { ...result, day }
  }
}
