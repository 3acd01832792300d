// The rule-set model: the default set and docs/examples/rules.json validate and agree; every kind of
// mistake is reported with a clear path and message; the facts schema.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  DEFAULT_RULE_SET, defaultRuleSet, emptyFacts, factsIssues, parseRuleSet, RuleSet, RuleSetError, ruleSetIssues, unknownFactPaths
} from '@core/rules'

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'rules.json'), 'utf8'))

function withRule(patch: Record<string, unknown>, index = 0): unknown {
  const set = defaultRuleSet()
  Object.assign(set.rules[index], patch)
  return set
}

describe('rule-set validation', () => {
  it('accepts the default rule set, which is plain JSON', () => {
    expect(ruleSetIssues(DEFAULT_RULE_SET)).toEqual([])
    expect(JSON.parse(JSON.stringify(DEFAULT_RULE_SET))).toEqual(DEFAULT_RULE_SET)
    expect(parseRuleSet(defaultRuleSet())).toEqual(DEFAULT_RULE_SET)
  })

  it('docs/examples/rules.json holds exactly the default rule set', () => {
    expect(example).toEqual(DEFAULT_RULE_SET)
  })

  it('reports shape problems by path', () => {
    const bad = { ...defaultRuleSet(), region: '33', version: 0, validFrom: '2026-01-01', description: { zh: '', en: 'x' } }
    expect(ruleSetIssues(bad)).toEqual([
      'region: a six-digit GB/T 2260 region code',
      'version: a positive integer',
      'validFrom: an ISO date-time with zone, e.g. 2026-11-01T00:00:00+08:00',
      'description.zh: a Chinese text is required'
    ])
    expect(ruleSetIssues({ ...defaultRuleSet(), version: 1.5 })).toEqual(['version: a whole number'])
    expect(ruleSetIssues({ ...defaultRuleSet(), rules: [] })).toEqual(['rules: at least one rule'])
    expect(ruleSetIssues(null)).toEqual(['(rule set): Expected object, received null'])
  })

  it('reports rule problems: status, reason, exit, unknown keys, missing when', () => {
    expect(ruleSetIssues(withRule({ status: 'green' }))).toEqual(['rules.0.status: status must be "yellow" or "red" (no match means green)'])
    expect(ruleSetIssues(withRule({ reason: 'Close Contact' }))).toEqual(['rules.0.reason: a reason code is kebab-case, e.g. "close-contact"'])
    expect(ruleSetIssues(withRule({ exit: { days: -1, checkins: 2.5, negativeTest: 'yes' } }))).toEqual([
      'rules.0.exit.days: Number must be greater than or equal to 0',
      'rules.0.exit.checkins: whole check-ins',
      'rules.0.exit.negativeTest: Expected boolean, received string'
    ])
    expect(ruleSetIssues(withRule({ colour: 'red' }))[0]).toMatch(/^rules\.0: Unrecognized key\(s\) in object: 'colour'/)
    const noWhen = defaultRuleSet() as unknown as { rules: Record<string, unknown>[] }
    delete noWhen.rules[2].when
    expect(ruleSetIssues(noWhen)).toEqual(['rules.2.when: a CertLogic expression is required'])
  })

  it('runs CertLogic validation on every when', () => {
    const issues = ruleSetIssues(withRule({ when: { or: [{ var: 'cases.confirmed' }, { var: 'cases.suspected' }] } }, 1))
    expect(issues).toEqual(['rules.1 (red-suspected).when: unrecognised operator: "or" (in {"or":[{"var":"cases.confirmed"},{"var":"cases.suspected"}]})'])
    expect(ruleSetIssues(withRule({ when: { '>=': [{ var: 'declaration.temperatureTenths' }, 37.3] } }, 6)))
      .toEqual(['rules.6 (yellow-fever).when: 37.3 is a non-integer number (in 37.3)'])
    expect(ruleSetIssues(withRule({ when: { plusTime: [{ var: 'now' }, 1, 'week'] } }, 0))[0])
      .toMatch(/"unit" argument \(#3\) of "plusTime" must be one of/)
  })

  it('refuses data paths that are not facts (a typo would silently never match)', () => {
    expect(ruleSetIssues(withRule({ when: { '===': [{ var: 'cases.confirmd' }, true] } })))
      .toEqual(['rules.0 (red-confirmed).when: unknown fact "cases.confirmd"'])
    expect(unknownFactPaths({ reduce: [{ var: 'trips' }, { var: 'current.riks' }, false] }))
      .toEqual(['unknown fact "current.riks" (members of trips have no such field)'])
    expect(unknownFactPaths({ reduce: [{ var: 'trips' }, { var: 'now' }, false] }))
      .toEqual(['"now" inside reduce: a reduce lambda sees only "current" and "accumulator"'])
    expect(unknownFactPaths({ '===': [{ var: 'trips.0.risk' }, 'high'] })).toEqual([])
    expect(unknownFactPaths({ in: ['cough', { var: 'declaration.symptoms' }] })).toEqual([])
  })

  it('refuses duplicate rule ids', () => {
    const set = defaultRuleSet()
    set.rules[3].id = set.rules[0].id
    expect(ruleSetIssues(set)).toEqual(['rules.3 (red-confirmed).id: duplicate rule id "red-confirmed"'])
  })

  it('parseRuleSet throws RuleSetError carrying every issue', () => {
    const bad = { ...defaultRuleSet(), version: -2, region: 'x' } as RuleSet
    expect(() => parseRuleSet(bad)).toThrow(RuleSetError)
    try {
      parseRuleSet(bad)
    } catch (e) {
      expect((e as RuleSetError).issues).toHaveLength(2)
      expect((e as Error).message).toBe('invalid rule set: region: a six-digit GB/T 2260 region code (and 1 more)')
    }
  })
})

describe('facts', () => {
  const now = '2026-11-27T08:00:00+08:00'

  it('the empty facts are well-formed', () => {
    expect(factsIssues(emptyFacts(now))).toEqual([])
  })

  it('reports malformed facts by path, e.g. a temperature in °C instead of tenths', () => {
    const f = emptyFacts(now) as unknown as Record<string, unknown>
    f.declaration = { at: now, temperatureTenths: 37.3, symptoms: [], contact: 'maybe' }
    f.trips = [{ region: '110101', from: '2026-11-01', to: 'yesterday', risk: 'high' }]
    expect(factsIssues(f)).toEqual([
      'declaration.temperatureTenths: tenths of °C as an integer (373 = 37.3 °C)',
      'declaration.temperatureTenths: a body temperature of 30.0 °C or more (300)',
      "declaration.contact: Invalid enum value. Expected 'none' | 'close' | 'secondary', received 'maybe'",
      'trips.0.to: an ISO date or date-time, e.g. 2026-11-27T08:00:00+08:00'
    ])
    expect(factsIssues({ ...emptyFacts(now), extra: 1 })).toEqual(["(facts): Unrecognized key(s) in object: 'extra'"])
  })
})
