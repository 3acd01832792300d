// Common sub-expression sharing. CertLogic has no let-binding, so rules repeat sub-expressions
// (e.g. a trip risk level tested against 2, then against 1); each is then computed once per
// evaluation. Only outside reduce lambdas: there the data context changes per iteration.
import { CertLogicDateTime } from './dates'
import type { Fn } from './compiled-node'

/** Bumped by every compiled rule call, so a cached value never outlives its evaluation. */
let evaluation = 0

export function nextEvaluation(): void {
  evaluation++
}

/** Keys (canonical JSON) of operation sub-expressions occurring more than once outside lambdas. */
export function repeatedSubexpressions(expr: unknown): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  const visit = (e: unknown): void => {
    if (Array.isArray(e)) return e.forEach(visit)
    if (typeof e !== 'object' || e === null) return
    const op = Object.keys(e)[0]
    if (op === 'var') return
    // plusTime and dccDateOfBirth memoise on their own (and cheaper, without a value object).
    if (op !== 'plusTime' && op !== 'dccDateOfBirth') {
      const key = JSON.stringify(e) // canonical: operation objects have a single key
      if (seen.has(key)) repeated.add(key)
      seen.add(key)
    }
    const args = (e as Record<string, unknown>)[op] as unknown[]
    ;(op === 'reduce' ? [args[0], args[2]] : args).forEach(visit)
  }
  visit(expr)
  return repeated
}

/**
 * Remembers the last result for the current evaluation and data. Objects and arrays are not kept:
 * each occurrence must yield its own instance, as it would without sharing. Errors are not kept
 * either, so every occurrence reached still throws.
 */
export function cached(fn: Fn): Fn {
  let at = -1
  let input: unknown
  let output: unknown
  return (d) => {
    if (at === evaluation && input === d) return output
    const v = fn(d)
    if (typeof v !== 'object' || v === null || v instanceof CertLogicDateTime) {
      at = evaluation
      input = d
      output = v
    }
    return v
  }
}
