// 健康信息查询 (GB/T 38963, own record only): status with reason, rule and exit condition, the history of
// changes with their reasons, check-ins, corrections and appeals, and which phone holds the code.
import type { HealthInfo } from '@core/api/contract/citizen'
import { maskedIdOf } from '@core/identity/id-mask'
import { chinaDate } from '@core/declaration/schema'
import { DECISION_REASONS } from '@core/review/reason-codes'
import type { CitizenStore } from '../../ports/citizen-store'
import type { StatusStore } from '../../ports/status-store'
import type { DeclarationStore } from '../../ports/declaration-store'
import type { CaseStore } from '../../ports/case-store'
import type { DeviceStore } from '../../ports/device-store'
import type { Clock } from '../../ports/clock'
import type { RuleSetStore } from '../../ports/rule-set-store'
import type { Actor } from '../actor'
import { checkinRun } from '../assessment/assemble-facts'
import { GetConsent } from './get-consent'
import { ruleDescriptions } from './rule-descriptions'
import { statusView } from './status-view'

export interface HealthInfoDeps {
  citizens: Pick<CitizenStore, 'find' | 'hasConsent'>
  statuses: Pick<StatusStore, 'find' | 'history'>
  declarations: Pick<DeclarationStore, 'checkinDays'>
  cases: Pick<CaseStore, 'forAccount'>
  devices: Pick<DeviceStore, 'find'>
  /** The published rules, for the words of a reason code the apps do not know. */
  ruleSets: Pick<RuleSetStore, 'latest'>
  clock: Clock
}

export class GetHealthInfo {
  constructor(private readonly deps: HealthInfoDeps) {}

  async execute(actor: Actor): Promise<HealthInfo> {
    const { citizens, statuses, declarations, cases: caseStore, devices, ruleSets, clock } = this.deps
    const now = clock.now()
    const id = actor.accountId
    const [consent, citizen, status, history, days, cases] = await Promise.all([
      new GetConsent({ citizens }).execute(actor), citizens.find(id), statuses.find(id), statuses.history(id, 50),
      declarations.checkinDays(id, 60), caseStore.forAccount(id)
    ])
    const today = chinaDate(now)
    const describe = await ruleDescriptions(ruleSets, status?.region ?? citizen?.region ?? null, [...(status ? [status.record] : []), ...history.map(h => h.record)])
    return {
      consent,
      bound: !!citizen,
      holder: citizen ? { name: citizen.surname + '*', id: maskedIdOf(citizen.idType, citizen.idEnds), region: citizen.region } : null,
      status: status ? statusView(status.record, describe(status.record)) : null,
      history: history.map(h => ({ ...statusView(h.record, describe(h.record)), at: h.at, from: h.from, source: h.source })),
      checkins: { today: days[0] === today, consecutiveDays: checkinRun(days, today).consecutiveDays },
      cases: cases.map(c => ({ kind: c.kind, id: c.id, reference: c.reference, category: c.category, state: c.state, createdAt: c.createdAt,
        decision: c.decision ? { outcome: c.decision.outcome, reasonCode: c.decision.reasonCode, reasonText: DECISION_REASONS[c.decision.reasonCode] ?? null, at: c.decision.at } : null })),
      deviceHash: (await devices.find(id))?.keyHash ?? null,
      serverTime: now
    }
  }
}
