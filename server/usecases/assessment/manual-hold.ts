// A status set by two auditors stands until auditors change it: the rules may only make it stricter,
// and only on data that arrived after the decision (a new declaration or a newer test). Otherwise an
// upheld appeal would be undone by the next re-audit of the very data it corrected.
import { SEVERITY } from '@core/rules'
import type { AuditFacts, StatusRecord, Transition } from '@core/rules'

export function respectManual(current: StatusRecord | null, transition: Transition, facts: AuditFacts): Transition {
  if (!current || current.ruleId !== 'manual') return transition
  const setAt = Date.parse(current.setAt)
  const newer = [facts.declaration?.at, facts.tests.latestNegativeSampledAt, facts.tests.latestPositiveSampledAt]
    .some(t => t !== null && t !== undefined && Date.parse(t) > setAt)
  if (newer && SEVERITY[transition.next.status] > SEVERITY[current.status]) return transition
  return { next: current, changed: false, kind: 'held', earliestExitAt: current.earliestExitAt, progress: null }
}
