// An auditor decides a correction, appeal or flag with a reason from the fixed list. Rejecting closes the
// case. Upholding with a status change opens a pending change for a second auditor (in the same
// transaction); the citizen gets a notice of the decision (not for a flag, which they did not ask for).
import { AppError } from '@core/api/app-error'
import { DECISION_REASONS } from '@core/review/reason-codes'
import type { CaseDecision, caseDecide } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { CaseItem } from '../../ports/case-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { RequestStatusChange } from './request-status-change'

export class DecideCase {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: Pick<PiiProtector, 'seal'> }) {}

  async execute(auditor: Actor, input: ParsedInputOf<typeof caseDecide>): Promise<CaseDecision> {
    const { store, clock, pii } = this.deps
    const item: CaseItem | null = await store.cases.find(input.kind, input.caseId)
    if (!item || item.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'case')
    if (item.state !== 'open' && item.state !== 'in-review') throw new AppError('CONFLICT', `case is ${item.state}`)
    if (!DECISION_REASONS[input.reasonCode]) throw new AppError('INVALID_INPUT', 'reason', [{ path: 'reasonCode', code: 'invalid_value', message: '请选择决定理由 / Choose a reason' }])
    const now = clock.now()
    return store.transaction(async tx => {
      let changeId: string | null = null
      if (input.outcome === 'upheld' && input.change) {
        const change = await new RequestStatusChange({ store: tx, clock, pii }).execute(auditor, {
          subject: { caseKind: input.kind, caseId: item.id }, toStatus: input.change.toStatus, reasonCode: input.change.reasonCode, note: input.note,
          evidence: [{ kind: input.kind, ref: item.id }]
        }, tx)
        changeId = change.id
      }
      const state = input.outcome === 'rejected' ? 'rejected' : changeId ? 'in-review' : 'upheld'
      await tx.cases.decide(input.kind, item.id, state, { by: auditor.accountId, at: now, outcome: input.outcome, reasonCode: input.reasonCode, note: input.note, changeId }, now)
      await tx.audit.append({ region: item.region, actor: auditor.accountId, action: `${input.kind}.decide`, subject: item.accountId, reason: input.reasonCode, data: { case: item.id, outcome: input.outcome, changeId } })
      if (item.kind !== 'flag') {
        await tx.notices.add({ id: newId(), accountId: item.accountId, at: now, kind: item.kind === 'appeal' ? 'appeal' : 'correction', readAt: null, text: {
          title: input.outcome === 'rejected' ? { zh: '您的申请未获支持', en: 'Your request was not upheld' } : { zh: '您的申请已受理并支持', en: 'Your request was upheld' },
          body: DECISION_REASONS[input.reasonCode]
        } })
      }
      return { state, changeId }
    })
  }
}
