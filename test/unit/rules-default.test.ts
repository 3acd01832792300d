// Each default rule fires on the facts it names and not on near-misses; first match wins; broken
// facts raise an error instead of silently skipping a rule; results are shared, not allocated.
import {
  AuditFacts, compileRuleSet, DEFAULT_RULE_SET, defaultRuleSet, emptyFacts, evaluateRules, factsIssues, GREEN, RuleEvaluationError, RuleSetError
} from '@core/rules'

const NOW = '2026-11-27T08:00:00+08:00'
const NOW_MS = Date.parse(NOW)
const compiled = compileRuleSet(DEFAULT_RULE_SET)

const daysAgo = (d: number, hours = 0) => new Date(NOW_MS - d * 86_400_000 - hours * 3_600_000).toISOString()

type Patch = { [K in keyof AuditFacts]?: Partial<AuditFacts[K]> | AuditFacts[K] }
function facts(patch: Patch = {}): AuditFacts {
  const f = emptyFacts(NOW) as unknown as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) {
    const base = f[k]
    f[k] = base && typeof base === 'object' && !Array.isArray(base) && v && !Array.isArray(v) ? { ...base, ...(v as object) } : v
  }
  return f as unknown as AuditFacts
}
const declared = (p: Partial<NonNullable<AuditFacts['declaration']>>) =>
  ({ declaration: { at: daysAgo(0, 1), temperatureTenths: 365, symptoms: [], contact: 'none' as const, ...p } })
const trip = (risk: 'high' | 'medium' | 'low' | null, endedDaysAgo: number, hours = 0) =>
  ({ region: '420100', from: daysAgo(endedDaysAgo + 3, hours), to: daysAgo(endedDaysAgo, hours), risk })

function outcome(f: AuditFacts): string {
  expect(factsIssues(f)).toEqual([])
  const e = evaluateRules(compiled, f)
  return e.rule ? `${e.status}:${e.rule.id}:${e.reason}` : e.status
}

describe('the default rule set', () => {
  it('leaves a citizen with nothing on record green', () => {
    expect(evaluateRules(compiled, facts())).toBe(GREEN)
    expect(outcome(facts(declared({})))).toBe('green')
    expect(outcome(facts({ vaccination: { complete: true }, checkins: { consecutiveDays: 30, lastAt: daysAgo(0) } }))).toBe('green')
  })

  it('red: confirmed and suspected cases', () => {
    expect(outcome(facts({ cases: { confirmed: true } }))).toBe('red:red-confirmed:confirmed')
    expect(outcome(facts({ cases: { suspected: true } }))).toBe('red:red-suspected:suspected')
    expect(outcome(facts({ cases: { confirmed: true, suspected: true } }))).toBe('red:red-confirmed:confirmed')
  })

  it('red: a positive test within 14 days not followed by a negative one', () => {
    expect(outcome(facts({ tests: { latestPositiveSampledAt: daysAgo(3) } }))).toBe('red:red-positive-test:positive-test')
    expect(outcome(facts({ tests: { latestPositiveSampledAt: daysAgo(3), latestNegativeSampledAt: daysAgo(5) } })))
      .toBe('red:red-positive-test:positive-test')
    expect(outcome(facts({ tests: { latestPositiveSampledAt: daysAgo(3), latestNegativeSampledAt: daysAgo(1) } }))).toBe('green')
    expect(outcome(facts({ tests: { latestPositiveSampledAt: daysAgo(15) } }))).toBe('green')
    expect(outcome(facts({ tests: { latestNegativeSampledAt: daysAgo(1) } }))).toBe('green')
  })

  it('red: close contact, from the list or declared', () => {
    expect(outcome(facts({ contacts: { close: true } }))).toBe('red:red-close-contact:close-contact')
    expect(outcome(facts(declared({ contact: 'close' })))).toBe('red:red-close-contact:close-contact')
    expect(outcome(facts({ contacts: { close: true, secondary: true } }))).toBe('red:red-close-contact:close-contact')
  })

  it('red: left a high-risk area within 14 days, not 15 days ago', () => {
    expect(outcome(facts({ trips: [trip('high', 13)] }))).toBe('red:red-high-risk-area:high-risk-area')
    expect(outcome(facts({ trips: [trip('high', 14)] }))).toBe('red:red-high-risk-area:high-risk-area') // exactly 14 days
    expect(outcome(facts({ trips: [trip('high', 14, 1)] }))).toBe('green')
    expect(outcome(facts({ trips: [trip('high', 15)] }))).toBe('green')
    expect(outcome(facts({ trips: [trip('low', 1), trip(null, 1), trip('high', 20), trip('high', 2)] })))
      .toBe('red:red-high-risk-area:high-risk-area')
    expect(outcome(facts({ trips: [trip('high', 0)] }))).toBe('red:red-high-risk-area:high-risk-area')
  })

  it('yellow: left a medium-risk area within 14 days', () => {
    expect(outcome(facts({ trips: [trip('medium', 10)] }))).toBe('yellow:yellow-medium-risk-area:medium-risk-area')
    expect(outcome(facts({ trips: [trip('medium', 15)] }))).toBe('green')
    expect(outcome(facts({ trips: [trip('high', 16), trip('medium', 3)] }))).toBe('yellow:yellow-medium-risk-area:medium-risk-area')
    expect(outcome(facts({ trips: [trip('medium', 3), trip('high', 3)] }))).toBe('red:red-high-risk-area:high-risk-area')
    expect(outcome(facts({ trips: [trip('low', 1)] }))).toBe('green')
  })

  it('yellow: fever from 37.3 °C, not 37.2 °C', () => {
    expect(outcome(facts(declared({ temperatureTenths: 373 })))).toBe('yellow:yellow-fever:fever')
    expect(outcome(facts(declared({ temperatureTenths: 391 })))).toBe('yellow:yellow-fever:fever')
    expect(outcome(facts(declared({ temperatureTenths: 372 })))).toBe('green')
    expect(outcome(facts(declared({ temperatureTenths: null })))).toBe('green')
  })

  it('yellow: declared symptoms, not an empty list', () => {
    expect(outcome(facts(declared({ symptoms: ['cough'] })))).toBe('yellow:yellow-symptoms:symptoms')
    expect(outcome(facts(declared({ symptoms: ['fever'], temperatureTenths: 380 })))).toBe('yellow:yellow-fever:fever')
    expect(outcome(facts(declared({ symptoms: [] })))).toBe('green')
  })

  it('yellow: secondary contact, from the list or declared', () => {
    expect(outcome(facts({ contacts: { secondary: true } }))).toBe('yellow:yellow-secondary-contact:secondary-contact')
    expect(outcome(facts(declared({ contact: 'secondary' })))).toBe('yellow:yellow-secondary-contact:secondary-contact')
  })

  it('the strictest matching rule wins', () => {
    const everything = facts({
      ...declared({ contact: 'secondary', symptoms: ['cough'], temperatureTenths: 380 }),
      trips: [trip('medium', 2), trip('high', 2)], contacts: { close: true, secondary: true }, cases: { suspected: true }
    })
    expect(outcome(everything)).toBe('red:red-suspected:suspected')
    expect(outcome(facts({ ...declared({ temperatureTenths: 380 }), trips: [trip('medium', 2)] }))).toBe('yellow:yellow-medium-risk-area:medium-risk-area')
  })

  it('carries the rule id, the rule-set version and the exit condition', () => {
    expect(evaluateRules(compiled, facts({ contacts: { close: true } }))).toEqual({
      status: 'red', rule: { id: 'red-close-contact', version: 1 }, reason: 'close-contact',
      exit: { days: 14, checkins: 14, negativeTest: true }
    })
    expect(evaluateRules(compiled, facts({ contacts: { secondary: true } })).exit).toEqual({ days: 7, checkins: 7, negativeTest: true })
  })

  it('returns one shared, frozen result per rule (nothing allocated per citizen)', () => {
    const a = evaluateRules(compiled, facts({ trips: [trip('high', 1)] }))
    const b = evaluateRules(compiled, facts({ trips: [trip('high', 2)] }))
    expect(a).toBe(b)
    expect(Object.isFrozen(a) && Object.isFrozen(a.rule) && Object.isFrozen(a.exit)).toBe(true)
  })

  it('raises RuleEvaluationError on malformed facts instead of skipping the rule', () => {
    const bad = facts(declared({ temperatureTenths: 37.3 }))
    expect(() => evaluateRules(compiled, bad)).toThrow(RuleEvaluationError)
    try { evaluateRules(compiled, bad) } catch (e) { expect((e as RuleEvaluationError).ruleId).toBe('yellow-fever') }
    const badTrip = facts({ trips: [{ ...trip('high', 1), to: 'last week' }] })
    expect(() => evaluateRules(compiled, badTrip)).toThrow(/red-high-risk-area \(version 1\) could not be evaluated/)
  })

  it('treats a truthy value as a match and refuses a value neither truthy nor falsy', () => {
    const set = defaultRuleSet()
    set.rules = [{ ...set.rules[0], when: { var: 'declaration.contact' } }]
    expect(evaluateRules(compileRuleSet(set), facts(declared({ contact: 'none' }))).status).toBe('red')
    expect(evaluateRules(compileRuleSet(set), facts()).status).toBe('green')
    set.rules[0].when = { plusTime: [{ var: 'now' }, 0, 'day'] }
    expect(() => evaluateRules(compileRuleSet(set), facts())).toThrow(/neither truthy nor falsy/)
  })

  it('compileRuleSet refuses an invalid rule set', () => {
    expect(() => compileRuleSet({ ...defaultRuleSet(), version: 0 })).toThrow(RuleSetError)
  })
})
