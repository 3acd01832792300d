// Compile a rule set once, evaluate it per citizen. A re-audit runs this a million times, so every
// possible result is built at compile time and evaluation returns one of those frozen objects.
import { compile, CompiledRule, isFalsy, isTruthy } from '../certlogic'
import { ExitCondition, parseRuleSet, RuleSet, RuleStatus, Status } from './rule-set'

export interface RuleRef { id: string; version: number }

export interface Evaluation {
  status: Status
  /** The matching rule (its id and the rule-set version), null for green. */
  rule: RuleRef | null
  reason: string | null
  exit: ExitCondition | null
}

export interface CompiledRuleSet {
  readonly region: string
  readonly id: string
  readonly version: number
  readonly validFrom: string
  /** Rule ids in evaluation order. */
  readonly ruleIds: readonly string[]
  /** Internal: one test and one prepared result per rule. */
  readonly tests: readonly CompiledRule[]
  readonly results: readonly Evaluation[]
}

export const GREEN: Evaluation = Object.freeze({ status: 'green', rule: null, reason: null, exit: null })

/** A rule threw on these facts (malformed facts, e.g. a non-integer temperature): flag the audit for review. */
export class RuleEvaluationError extends Error {
  constructor(readonly ruleId: string, readonly version: number, readonly cause: unknown) {
    super(`rule ${ruleId} (version ${version}) could not be evaluated: ${(cause as Error)?.message ?? String(cause)}`)
    this.name = 'RuleEvaluationError'
  }
}

/** Validates (throws RuleSetError) and compiles every rule once. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const set = parseRuleSet(ruleSet)
  const freeze = <T extends object>(o: T): Readonly<T> => Object.freeze(o)
  return freeze({
    region: set.region,
    id: set.id,
    version: set.version,
    validFrom: set.validFrom,
    ruleIds: freeze(set.rules.map((r) => r.id)),
    tests: freeze(set.rules.map((r) => compile(r.when))),
    results: freeze(set.rules.map((r) => freeze<Evaluation>({
      status: r.status as RuleStatus,
      rule: freeze({ id: r.id, version: set.version }),
      reason: r.reason,
      exit: freeze({ days: r.exit.days, checkins: r.exit.checkins, negativeTest: r.exit.negativeTest })
    })))
  })
}

/**
 * The status these facts earn: the first rule whose `when` is truthy, else green. A `when` that
 * throws or yields a value neither truthy nor falsy raises RuleEvaluationError rather than
 * silently skipping the rule (a skipped red rule would hand out a green code).
 */
export function evaluateRules(set: CompiledRuleSet, facts: unknown): Evaluation {
  const tests = set.tests
  for (let i = 0; i < tests.length; i++) {
    let v: unknown
    try {
      v = tests[i](facts)
    } catch (e) {
      throw new RuleEvaluationError(set.ruleIds[i], set.version, e)
    }
    if (v === true) return set.results[i]
    if (v === false || v === null) continue
    if (isTruthy(v)) return set.results[i]
    if (!isFalsy(v)) throw new RuleEvaluationError(set.ruleIds[i], set.version, new Error('the rule yields a value neither truthy nor falsy'))
  }
  return GREEN
}
