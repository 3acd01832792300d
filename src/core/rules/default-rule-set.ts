// The default status rules: PRODUCT.md's "status semantics" as published data, not code. Strictest
// first (first match wins). docs/examples/rules.json holds the same content; a test keeps them equal.
import type { Rule, RuleSet } from './rule-set'

const v = (path: string) => ({ var: path })
/** A date(-time) fact as a CertLogic date-time. */
const at = (expr: unknown) => ({ plusTime: [expr, 0, 'hour'] })
const NOW = at(v('now'))
/** `date` plus `days` is not before the audit clock, i.e. `date` lies within the last `days` days. */
const within = (date: unknown, days: number) => ({ 'not-before': [{ plusTime: [date, days, 'day'] }, NOW] })
const either = (a: unknown, b: unknown) => ({ if: [a, true, b] })

/**
 * Some trip through an area of this risk level ended (`to`) within the last `days` days. A reduce
 * lambda sees only its element and accumulator, not `now`, so the accumulator starts as the clock
 * and becomes `true` at the first matching trip.
 */
const tripWithin = (risk: string, days: number) => ({
  '===': [
    {
      reduce: [
        v('trips'),
        {
          if: [
            { '===': [v('accumulator'), true] },
            true,
            { if: [{ and: [{ '===': [v('current.risk'), risk] }, { 'not-before': [{ plusTime: [v('current.to'), days, 'day'] }, at(v('accumulator'))] }] }, true, v('accumulator')] }
          ]
        },
        v('now')
      ]
    },
    true
  ]
})

const RED_EXIT = { days: 14, checkins: 14, negativeTest: true }
const YELLOW_EXIT = { days: 7, checkins: 7, negativeTest: true }
const SHORT_YELLOW_EXIT = { days: 3, checkins: 3, negativeTest: true }

const POSITIVE = 'tests.latestPositiveSampledAt'
const NEGATIVE = 'tests.latestNegativeSampledAt'

/** Builds a rule with its keys in the published order. */
const rule = (id: string, status: Rule['status'], reason: string, exit: Rule['exit'], description: Rule['description'], when: unknown): Rule =>
  ({ id, description, when, status, reason, exit })

const rules: Rule[] = [
  rule(
    'red-confirmed', 'red', 'confirmed', RED_EXIT,
    { zh: '确诊病例', en: 'Confirmed case' },
    { '===': [v('cases.confirmed'), true] }
  ),
  rule(
    'red-suspected', 'red', 'suspected', RED_EXIT,
    { zh: '疑似病例', en: 'Suspected case' },
    { '===': [v('cases.suspected'), true] }
  ),
  rule(
    'red-positive-test', 'red', 'positive-test', RED_EXIT,
    { zh: '14天内核酸阳性且其后无阴性结果', en: 'Positive test sampled within 14 days, with no later negative' },
    {
      and: [
        v(POSITIVE),
        within(v(POSITIVE), 14),
        { if: [v(NEGATIVE), { after: [at(v(POSITIVE)), at(v(NEGATIVE))] }, true] }
      ]
    }
  ),
  rule(
    'red-close-contact', 'red', 'close-contact', RED_EXIT,
    { zh: '密切接触者（名单或本人申报）', en: 'Close contact (on the list, or declared)' },
    either(v('contacts.close'), { '===': [v('declaration.contact'), 'close'] })
  ),
  rule(
    'red-high-risk-area', 'red', 'high-risk-area', RED_EXIT,
    { zh: '14天内离开高风险地区', en: 'Left a high-risk area within the last 14 days' },
    tripWithin('high', 14)
  ),
  rule(
    'yellow-medium-risk-area', 'yellow', 'medium-risk-area', YELLOW_EXIT,
    { zh: '14天内离开中风险地区', en: 'Left a medium-risk area within the last 14 days' },
    tripWithin('medium', 14)
  ),
  rule(
    'yellow-fever', 'yellow', 'fever', SHORT_YELLOW_EXIT,
    { zh: '申报体温≥37.3℃', en: 'Declared temperature of 37.3 °C or more' },
    { and: [v('declaration.temperatureTenths'), { '>=': [v('declaration.temperatureTenths'), 373] }] }
  ),
  rule(
    'yellow-symptoms', 'yellow', 'symptoms', SHORT_YELLOW_EXIT,
    { zh: '申报有发热、咳嗽等症状', en: 'Declared symptoms such as fever or cough' },
    { '!': [{ '!': [v('declaration.symptoms')] }] }
  ),
  rule(
    'yellow-secondary-contact', 'yellow', 'secondary-contact', YELLOW_EXIT,
    { zh: '次密切接触者（名单或本人申报）', en: 'Secondary contact (on the list, or declared)' },
    either(v('contacts.secondary'), { '===': [v('declaration.contact'), 'secondary'] })
  )
]

export const DEFAULT_RULE_SET: RuleSet = {
  region: '330100',
  id: 'status-default',
  version: 1,
  validFrom: '2026-01-01T00:00:00+08:00',
  description: {
    zh: '健康码默认赋码规则：红码（确诊、疑似、阳性、密接、高风险地区）、黄码（中风险地区、发热、症状、次密接），其余绿码',
    en: 'Default health-code rules: red (confirmed, suspected, positive test, close contact, high-risk area), yellow (medium-risk area, fever, symptoms, secondary contact), otherwise green'
  },
  rules
}

/** A fresh deep copy as plain JSON (the constant shares sub-objects such as the exit conditions). */
export function defaultRuleSet(): RuleSet {
  return JSON.parse(JSON.stringify(DEFAULT_RULE_SET)) as RuleSet
}
