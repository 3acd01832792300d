// Status transitions: stricter results apply at once, milder ones only once the exit condition holds
// (days since setAt, consecutive check-ins since then, a negative test sampled after it).
import {
  AuditFacts, compileRuleSet, DEFAULT_RULE_SET, describeExit, emptyFacts, evaluateRules, exitProgress, nextStatus, StatusRecord
} from '@core/rules'

const compiled = compileRuleSet(DEFAULT_RULE_SET)
const T0 = Date.parse('2026-11-27T00:00:00Z')
const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString()
const day = (d: number, hours = 0) => iso(T0 + d * DAY + hours * 3_600_000)

interface At { checkins?: number; lastCheckin?: string | null; negative?: string | null; positive?: string | null }
/** Facts at day `d` after T0, with a citizen's exit progress. */
function factsAt(d: number, at: At = {}, patch: Partial<AuditFacts> = {}): AuditFacts {
  return {
    ...emptyFacts(day(d)),
    checkins: { consecutiveDays: at.checkins ?? 0, lastAt: at.lastCheckin === undefined ? (at.checkins ? day(d) : null) : at.lastCheckin },
    tests: { latestNegativeSampledAt: at.negative ?? null, latestPositiveSampledAt: at.positive ?? null },
    ...patch
  }
}
const closeContact = { contacts: { close: true, secondary: false } }
const secondary = { contacts: { close: false, secondary: true } }
const highRiskTrip = (endedDay: number) => ({ trips: [{ region: '420100', from: day(endedDay - 2), to: day(endedDay), risk: 'high' as const }] })

function step(current: StatusRecord | null, f: AuditFacts) {
  return nextStatus(current, evaluateRules(compiled, f), f)
}

const red = step(null, factsAt(0, {}, closeContact)).next

describe('status transitions', () => {
  it('sets the first status with its reason, rule, exit condition and earliest exit', () => {
    expect(red).toEqual({
      status: 'red', setAt: day(0), ruleId: 'red-close-contact', ruleVersion: 1, reason: 'close-contact',
      exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: day(14)
    })
    const g = step(null, factsAt(0))
    expect(g).toMatchObject({ kind: 'initial', changed: true, earliestExitAt: null })
    expect(g.next).toEqual({ status: 'green', setAt: day(0), ruleId: null, ruleVersion: null, reason: null, exit: null, earliestExitAt: null })
  })

  it('green stays green unchanged; green turns yellow immediately', () => {
    const green = step(null, factsAt(0)).next
    expect(step(green, factsAt(3))).toMatchObject({ kind: 'unchanged', changed: false, next: green })
    const y = step(green, factsAt(3, {}, secondary))
    expect(y).toMatchObject({ kind: 'escalated', changed: true, earliestExitAt: day(10) })
    expect(y.next).toMatchObject({ status: 'yellow', setAt: day(3), reason: 'secondary-contact' })
  })

  it('red stays red until 14 days, 14 check-ins since it was set and a negative test sampled after it', () => {
    const allDone = { checkins: 14, negative: day(13) }
    // milder result (green) before 14 days: held
    expect(step(red, factsAt(10, allDone))).toMatchObject({ kind: 'held', changed: false, next: red, progress: { daysMet: false, met: false } })
    // 14 days passed, but only 13 check-ins
    expect(step(red, factsAt(14, { checkins: 13, negative: day(13) }))).toMatchObject({ kind: 'held', progress: { daysMet: true, checkinsMet: false } })
    // a long run of check-ins that ended before the red code was set does not count
    expect(step(red, factsAt(14, { checkins: 40, lastCheckin: day(-1), negative: day(13) })).progress)
      .toMatchObject({ checkinsSince: 0, checkinsMet: false })
    // no negative test after setAt (one before it does not count)
    expect(step(red, factsAt(14, { checkins: 14, negative: day(-1) }))).toMatchObject({ kind: 'held', progress: { testMet: false } })
    // a positive test after the negative one: not an exit (and the positive test itself renews red)
    const positive = factsAt(14, { checkins: 14, negative: day(12), positive: day(13) })
    expect(exitProgress(red, positive)).toMatchObject({ testMet: false, met: false })
    expect(step(red, positive)).toMatchObject({ kind: 'renewed', next: { status: 'red', reason: 'positive-test', setAt: day(14) } })
    // all three: released to green, set now
    const released = step(red, factsAt(14, allDone))
    expect(released).toMatchObject({ kind: 'released', changed: true, progress: { met: true, checkinsSince: 14 } })
    expect(released.next).toMatchObject({ status: 'green', setAt: day(14), reason: null, earliestExitAt: null })
  })

  it('counts only the check-ins of the current run that fall after setAt', () => {
    // setAt day 0 00:00; check-ins daily at 09:00 from day -5 up to day 12: 13 of them after setAt
    const p = exitProgress(red, factsAt(14, { checkins: 18, lastCheckin: day(12, 9), negative: day(13) }))
    expect(p).toMatchObject({ checkinsSince: 13, checkinsMet: false, daysMet: true, testMet: true, met: false })
  })

  it('while the rule still matches, the status continues with its clock', () => {
    const still = step(red, factsAt(20, { checkins: 20, negative: day(19) }, closeContact))
    expect(still).toMatchObject({ kind: 'continued', changed: false, next: red })
  })

  it('a new rule-set version of the same rule continues the status under the current exit condition', () => {
    const v2 = { ...DEFAULT_RULE_SET, version: 2, rules: DEFAULT_RULE_SET.rules.map((r) => (r.id === 'red-close-contact' ? { ...r, exit: { ...r.exit, days: 10 } } : r)) }
    const f = factsAt(5, {}, closeContact)
    const t = nextStatus(red, evaluateRules(compileRuleSet(v2), f), f)
    expect(t).toMatchObject({ kind: 'continued', changed: true, earliestExitAt: day(10) })
    expect(t.next).toMatchObject({ setAt: day(0), ruleVersion: 2, exit: { days: 10 } })
  })

  it('a new match of equal severity renews the status and restarts the exit clock', () => {
    const t = step(red, factsAt(5, {}, highRiskTrip(4)))
    expect(t).toMatchObject({ kind: 'renewed', changed: true, earliestExitAt: day(19) })
    expect(t.next).toMatchObject({ status: 'red', setAt: day(5), ruleId: 'red-high-risk-area', reason: 'high-risk-area' })
  })

  it('a stricter match replaces a yellow status at once', () => {
    const yellow = step(null, factsAt(0, {}, secondary)).next
    const t = step(yellow, factsAt(2, {}, closeContact))
    expect(t).toMatchObject({ kind: 'escalated', changed: true, earliestExitAt: day(16) })
    expect(t.next).toMatchObject({ status: 'red', setAt: day(2), reason: 'close-contact' })
  })

  it('red can be released to yellow, which then runs its own exit clock', () => {
    const t = step(red, factsAt(15, { checkins: 15, negative: day(14) }, secondary))
    expect(t).toMatchObject({ kind: 'released', earliestExitAt: day(22) })
    expect(t.next).toMatchObject({ status: 'yellow', setAt: day(15), reason: 'secondary-contact' })
    const yellow = t.next
    expect(step(yellow, factsAt(20, { checkins: 20, negative: day(19) })).kind).toBe('held')
    expect(step(yellow, factsAt(22, { checkins: 22, negative: day(21) })).next.status).toBe('green')
  })

  it('a non-green status without an exit condition (set by auditors) is never lifted by the rules', () => {
    const manual: StatusRecord = { ...red, ruleId: null, ruleVersion: null, reason: 'auditor', exit: null, earliestExitAt: null }
    expect(step(manual, factsAt(60, { checkins: 60, negative: day(59) }))).toMatchObject({ kind: 'held', changed: false })
  })
})

describe('exit-condition descriptions', () => {
  it('describes a red status in zh and en with the earliest exit in China time', () => {
    expect(describeExit(red)).toEqual({
      zh: '转绿条件：隔离满14天（2026-12-11 08:00 之后）、连续打卡14天、核酸阴性',
      en: 'Turns green after 14 days (after 2026-12-11 08:00), 14 daily check-ins and a negative test'
    })
    expect(describeExit(red, { utcOffsetMinutes: 0 })?.en).toBe('Turns green after 14 days (after 2026-12-11 00:00), 14 daily check-ins and a negative test')
  })

  it('describes yellow and partial conditions, and nothing for green', () => {
    const yellow = step(null, factsAt(0, {}, secondary)).next
    expect(describeExit(yellow)?.zh).toBe('转绿条件：健康监测满7天（2026-12-04 08:00 之后）、连续打卡7天、核酸阴性')
    expect(describeExit({ status: 'yellow', exit: { days: 1, checkins: 1, negativeTest: false }, earliestExitAt: day(1) })?.en)
      .toBe('Turns green after 1 day (after 2026-11-28 08:00) and 1 daily check-in')
    expect(describeExit({ status: 'yellow', exit: { days: 0, checkins: 0, negativeTest: true }, earliestExitAt: day(0) }))
      .toEqual({ zh: '转绿条件：核酸阴性', en: 'Turns green after a negative test' })
    expect(describeExit({ status: 'red', exit: { days: 0, checkins: 0, negativeTest: false }, earliestExitAt: day(0) })?.en)
      .toBe('Turns green as soon as no rule applies')
    expect(describeExit({ status: 'red', exit: null, earliestExitAt: null })?.zh).toBe('转绿条件：须经审核员复核')
    expect(describeExit({ status: 'green', exit: null, earliestExitAt: null })).toBeNull()
  })
})
