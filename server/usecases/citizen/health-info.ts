// 健康信息查询 (GB/T 38963, own record only): status with reason, rule and exit condition, the history of
// changes with their reasons, check-ins, corrections, and what a verifier sees of the holder.
import { maskedIdFromEnds } from '@core/identity/masking'
import { chinaDate } from '@core/declaration/schema'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { checkinRun } from '../assessment/assemble-facts'
import { GetConsent } from './get-consent'
import { DECISION_REASONS } from '@core/review/reason-codes'
import { statusView, StatusView } from './status-view'

export interface HealthInfo {
  consent: { version: string; accepted: boolean }
  bound: boolean
  holder: { name: string; id: string; region: string } | null
  status: StatusView | null
  history: (StatusView & { at: number; from: string | null; source: string })[]
  checkins: { today: boolean; consecutiveDays: number }
  cases: { kind: string; id: string; category: string; state: string; createdAt: number; decision: { outcome: string; reasonCode: string; reasonText: { zh: string; en: string } | null; at: number } | null }[]
  /** The key hash of the phone the code is bound to: another phone learns at once that the code moved. */
  deviceHash: string | null
  serverTime: number
}

export class GetHealthInfo {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(actor: Actor): Promise<HealthInfo> {
    const { store, clock } = this.deps
    const now = clock.now()
    const id = actor.accountId
    const [consent, citizen, status, history, days, cases] = await Promise.all([
      new GetConsent({ citizens: store.citizens }).execute(actor), store.citizens.find(id), store.statuses.find(id), store.statuses.history(id, 50),
      store.declarations.checkinDays(id, 60), store.cases.forAccount(id)
    ])
    const today = chinaDate(now)
    return {
      consent,
      bound: !!citizen,
      holder: citizen ? { name: citizen.surname + '*', id: maskedIdFromEnds(citizen.idEnds), region: citizen.region } : null,
      status: status ? statusView(status.record) : null,
      history: history.map(h => ({ ...statusView(h.record), at: h.at, from: h.from, source: h.source })),
      checkins: { today: days[0] === today, consecutiveDays: checkinRun(days, today).consecutiveDays },
      cases: cases.map(c => ({ kind: c.kind, id: c.id, category: c.category, state: c.state, createdAt: c.createdAt,
        decision: c.decision ? { outcome: c.decision.outcome, reasonCode: c.decision.reasonCode, reasonText: DECISION_REASONS[c.decision.reasonCode] ?? null, at: c.decision.at } : null })),
      deviceHash: (await store.devices.find(id))?.keyHash ?? null,
      serverTime: now
    }
  }
}
