// 健康信息查询 (GB/T 38963, own record only): status with reason, rule and exit condition, the history of
// changes with their reasons, check-ins, corrections, and what a verifier sees of the holder.
import { maskedIdFromEnds } from '@core/identity/masking'
import { chinaDate } from '@core/declaration/schema'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../../runtime/actor'
import { checkinRun } from '../audit/assemble-facts'
import { Consent } from './consent'
import { statusView, StatusView } from './status-view'

export interface HealthInfo {
  consent: { version: string; accepted: boolean }
  bound: boolean
  holder: { name: string; id: string; region: string } | null
  status: StatusView | null
  history: (StatusView & { at: number; from: string | null; source: string })[]
  checkins: { today: boolean; consecutiveDays: number }
  corrections: { id: string; category: string; state: string; createdAt: number }[]
  serverTime: number
}

export class GetHealthInfo {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(actor: Actor): Promise<HealthInfo> {
    const { store, clock } = this.deps
    const now = clock.now()
    const id = actor.accountId
    const [consent, citizen, status, history, days, corrections] = await Promise.all([
      new Consent({ store, clock }).status(id), store.citizens.find(id), store.statuses.find(id), store.statuses.history(id, 50),
      store.declarations.checkinDays(id, 60), store.corrections.listFor(id)
    ])
    const today = chinaDate(now)
    return {
      consent,
      bound: !!citizen,
      holder: citizen ? { name: citizen.surname + '*', id: maskedIdFromEnds(citizen.idEnds), region: citizen.region } : null,
      status: status ? statusView(status.record) : null,
      history: history.map(h => ({ ...statusView(h.record), at: h.at, from: h.from, source: h.source })),
      checkins: { today: days[0] === today, consecutiveDays: checkinRun(days, today).consecutiveDays },
      corrections: corrections.map(c => ({ id: c.id, category: c.category, state: c.state, createdAt: c.createdAt })),
      serverTime: now
    }
  }
}
