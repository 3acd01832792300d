// The rule-set model: published, versioned status rules of one region. The first rule whose `when`
// holds on the facts sets the status; no match means green. docs/rules.md describes the format.
import { z } from 'zod'
import { validate as validateLogic } from '../certlogic'
import { unknownFactPaths } from './fact-paths'

export type Status = 'green' | 'yellow' | 'red'
export type RuleStatus = 'yellow' | 'red'

export interface Texts { zh: string; en: string }

/** How a status ends: days since it was set, daily check-ins since then, a negative test sampled after it. */
export interface ExitCondition { days: number; checkins: number; negativeTest: boolean }

export interface Rule {
  id: string
  description: Texts
  /** A CertLogic expression over the facts (facts.ts); truthy = the rule matches. */
  when: unknown
  status: RuleStatus
  /** Stable reason code, shown to the holder and translated by the apps (KNOWN_REASONS). */
  reason: string
  exit: ExitCondition
}

export interface RuleSet {
  /** Six-digit GB/T 2260 code of the publishing region. */
  region: string
  id: string
  /** Positive integer, strictly increasing per region: a verifier refuses anything not newer. */
  version: number
  /** ISO date-time from which the set applies. */
  validFrom: string
  description: Texts
  rules: Rule[]
}

/** Reason codes the apps translate. Other kebab-case codes are valid but shown with the rule's description. */
export const KNOWN_REASONS = [
  'confirmed', 'suspected', 'positive-test', 'close-contact', 'high-risk-area',
  'medium-risk-area', 'fever', 'symptoms', 'secondary-contact'
] as const

export const SEVERITY: Readonly<Record<Status, number>> = { green: 0, yellow: 1, red: 2 }

const texts = z.object({
  zh: z.string().trim().min(1, 'a Chinese text is required'),
  en: z.string().trim().min(1, 'an English text is required')
}).strict()

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a rule id is lower-case letters, digits and "-" (at most 64)'),
  description: texts,
  when: z.unknown().refine((v) => v !== undefined, 'a CertLogic expression is required'),
  status: z.enum(['yellow', 'red'], { message: 'status must be "yellow" or "red" (no match means green)' }),
  reason: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a reason code is kebab-case, e.g. "close-contact"'),
  exit: z.object({
    days: z.number().int('whole days').min(0).max(90),
    checkins: z.number().int('whole check-ins').min(0).max(90),
    negativeTest: z.boolean()
  }).strict()
}).strict()

const ruleSetSchema = z.object({
  region: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 region code'),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a rule-set id is letters, digits, ".", "_" and "-"'),
  version: z.number().int('a whole number').positive('a positive integer'),
  validFrom: z.string().datetime({ offset: true, message: 'an ISO date-time with zone, e.g. 2026-11-01T00:00:00+08:00' }),
  description: texts,
  rules: z.array(ruleSchema).min(1, 'at least one rule')
}).strict()

/** Every problem in a rule set as `path: message` (empty = valid): shape, CertLogic, facts, duplicate ids. */
export function ruleSetIssues(value: unknown): string[] {
  const parsed = ruleSetSchema.safeParse(value)
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(rule set)'}: ${i.message}`)
  const rules = (value as { rules?: unknown } | null)?.rules
  if (!Array.isArray(rules)) return issues
  const seen = new Set<string>()
  rules.forEach((rule: Partial<Rule> | null, i) => {
    if (typeof rule !== 'object' || rule === null) return
    const at = `rules.${i}${typeof rule.id === 'string' ? ` (${rule.id})` : ''}`
    if (typeof rule.id === 'string' && seen.has(rule.id)) issues.push(`${at}.id: duplicate rule id "${rule.id}"`)
    if (typeof rule.id === 'string') seen.add(rule.id)
    if (rule.when === undefined) return
    const logic = validateLogic(rule.when)
    for (const issue of logic) issues.push(`${at}.when: ${issue.message} (in ${brief(issue.expr)})`)
    if (logic.length === 0) for (const m of unknownFactPaths(rule.when)) issues.push(`${at}.when: ${m}`)
  })
  return issues
}

function brief(expr: unknown): string {
  const text = JSON.stringify(expr) ?? String(expr)
  return text.length > 80 ? text.slice(0, 77) + '...' : text
}

export class RuleSetError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid rule set: ${issues[0]}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`)
    this.name = 'RuleSetError'
  }
}

/** The rule set, checked; throws RuleSetError listing every issue. */
export function parseRuleSet(value: unknown): RuleSet {
  const issues = ruleSetIssues(value)
  if (issues.length > 0) throw new RuleSetError(issues)
  return value as RuleSet
}
