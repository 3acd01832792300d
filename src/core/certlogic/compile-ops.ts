// Closure builders, one per operator. Each gets its compiled operands and the raw argument list
// (for literal arguments), and returns the closure that evaluates the operation.
import type { Builder } from './compiled-node'
import { dateComparison, dobOp, intComparison, plusTimeOp } from './compile-dates'
import { extractFromUVCI } from './uvci'
import { COMPARISON_OPERATORS, Operator } from './validate'
import { arrayOf, boolOf, ComparisonOp, contains, DATE_COMPARISONS, intOf, isTruthy, strictEquals, typeMismatch } from './values'


const ifOp: Builder = ([guard, then, otherwise]) => {
  // The spec: truthy guard → then, otherwise → else (a guard that is neither also takes else).
  if (guard.constant) return isTruthy(guard.value) ? then.fn : otherwise.fn
  const g = guard.fn
  const t = then.fn
  const e = otherwise.fn
  return (d) => (isTruthy(g(d)) ? t(d) : e(d))
}

const andOp: Builder = (operands) => {
  const fns = operands.map((n) => n.fn)
  if (fns.length === 2) {
    const [a, b] = fns
    return (d) => {
      const v = a(d)
      if (!boolOf(v, 'and')) return v
      const w = b(d)
      boolOf(w, 'and') // every operand reached must be truthy or falsy, the last one too
      return w
    }
  }
  return (d) => {
    let v: unknown
    for (let i = 0; i < fns.length; i++) if (!boolOf((v = fns[i](d)), 'and')) return v
    return v
  }
}

const notOp: Builder = ([a]) => {
  const f = a.fn
  return (d) => !boolOf(f(d), '!')
}

const equalsOp: Builder = ([a, b]) => {
  const fa = a.fn
  const fb = b.fn
  // Against a primitive literal, === is exactly strictEquals (which only differs for date-times).
  if (b.constant && typeof b.value !== 'object') { const c = b.value; return (d) => fa(d) === c }
  if (a.constant && typeof a.value !== 'object') { const c = a.value; return (d) => fb(d) === c }
  return (d) => strictEquals(fa(d), fb(d))
}

const inOp: Builder = ([needle, haystack]) => {
  const f = needle.fn
  const items = haystack.value
  if (haystack.constant && Array.isArray(items) && items.every((v) => typeof v !== 'object')) {
    // A literal list of primitives (e.g. a risk-area list): hash it once. No NaN can be in a
    // literal, so Set's SameValueZero agrees with === here.
    if (items.length >= 8) { const set = new Set(items); return (d) => set.has(f(d)) }
    return (d) => items.indexOf(f(d)) >= 0
  }
  const h = haystack.fn
  return (d) => {
    const v = f(d)
    return contains(arrayOf(h(d), 'in'), v)
  }
}

const plusOp: Builder = ([a, b]) => {
  const fa = a.fn
  const fb = b.fn
  return (d) => intOf(fa(d), '+') + intOf(fb(d), '+')
}

/** Does the lambda expose its whole context ({"var": ""}) so that it could outlive an iteration? */
function usesWholeContext(expr: unknown): boolean {
  if (Array.isArray(expr)) return expr.some(usesWholeContext)
  if (typeof expr !== 'object' || expr === null) return false
  const op = Object.keys(expr)[0]
  const args = (expr as Record<string, unknown>)[op]
  if (op === 'var') return args === ''
  const list = args as unknown[]
  // A nested reduce's lambda sees its own context, not ours.
  return (op === 'reduce' ? [list[0], list[2]] : list).some(usesWholeContext)
}

const reduceOp: Builder = ([operand, lambda, initial], args) => {
  const fo = operand.fn
  const fl = lambda.fn
  const fi = initial.fn
  const reuse = !usesWholeContext(args[1])
  return (d) => {
    const list = fo(d)
    let accumulator = fi(d)
    if (list === null) return accumulator // a missing list reduces like an empty one
    const items = arrayOf(list, 'reduce')
    if (reuse) {
      // The lambda cannot retain its context, so one object serves every iteration of this call.
      const ctx = { current: undefined as unknown, accumulator }
      for (let i = 0; i < items.length; i++) {
        ctx.current = items[i]
        ctx.accumulator = accumulator
        accumulator = fl(ctx)
      }
      return accumulator
    }
    for (let i = 0; i < items.length; i++) accumulator = fl({ current: items[i], accumulator })
    return accumulator
  }
}

const extractOp: Builder = ([uvci], args) => {
  const f = uvci.fn
  const index = args[1] as number
  return (d) => {
    const v = f(d)
    if (v !== null && typeof v !== 'string') throw typeMismatch('extractFromUVCI', 'a string or null', v)
    return extractFromUVCI(v, index)
  }
}

// (A loop, not Object.fromEntries: older mini-program JS engines lack ES2019 built-ins.)
const comparisons: Record<string, Builder> = {}
for (const op of COMPARISON_OPERATORS) {
  comparisons[op] = op in DATE_COMPARISONS ? dateComparison(op, DATE_COMPARISONS[op]) : intComparison(op as ComparisonOp)
}

export const BUILDERS = {
  if: ifOp,
  and: andOp,
  '!': notOp,
  '===': equalsOp,
  in: inOp,
  '+': plusOp,
  plusTime: plusTimeOp,
  dccDateOfBirth: dobOp,
  reduce: reduceOp,
  extractFromUVCI: extractOp,
  ...comparisons
} as Record<Operator, Builder>
