// Tree-walking interpreter: the straightforward reading of the spec, re-inspecting the JSON on every
// call. It is the reference the compiler is tested against, and the convenience for one-off use.
import { dccDateOfBirth, plusTime, TimeUnit } from './dates'
import { invalidExpression } from './errors'
import { access, parsePath } from './path'
import { extractFromUVCI } from './uvci'
import { Operator, shapeIssue } from './validate'
import {
  arrayOf, boolOf, compare, ComparisonOp, contains, DATE_COMPARISONS, intOf, isTruthy, msOf, strictEquals, stringOf, typeMismatch
} from './values'

/**
 * Evaluates `expr` against `data`. Like the spec's evaluator it checks each node's validity before
 * evaluating its operands, so a malformed branch that is never reached goes unnoticed here
 * (`compile` and `validate` check the whole tree up front).
 */
export function evaluate(expr: unknown, data: unknown): unknown {
  const issue = shapeIssue(expr)
  if (issue !== null) throw invalidExpression([{ expr, message: issue }])
  if (typeof expr !== 'object' || expr === null) return expr
  if (Array.isArray(expr)) return expr.map((e) => evaluate(e, data))
  const op = Object.keys(expr)[0]
  const args = (expr as Record<string, unknown>)[op]
  if (op === 'var') return access(data, parsePath(args as string))
  return operation(op as Operator, args as unknown[], data)
}

function operation(op: Operator, args: unknown[], data: unknown): unknown {
  switch (op) {
    case 'if': return evaluate(isTruthy(evaluate(args[0], data)) ? args[1] : args[2], data)
    case 'and': {
      let v: unknown
      // Lazy and in order: stop at the first falsy operand and return it.
      for (let i = 0; i < args.length; i++) if (!boolOf(v = evaluate(args[i], data), 'and')) return v
      return v
    }
    case '!': return !boolOf(evaluate(args[0], data), '!')
    case '===': return strictEquals(evaluate(args[0], data), evaluate(args[1], data))
    case 'in': {
      const needle = evaluate(args[0], data)
      return contains(arrayOf(evaluate(args[1], data), 'in'), needle)
    }
    case '+': return intOf(evaluate(args[0], data), '+') + intOf(evaluate(args[1], data), '+')
    case '<': case '>': case '<=': case '>=':
      return chain(op, args.map((a) => intOf(evaluate(a, data), op)))
    case 'after': case 'before': case 'not-after': case 'not-before':
      return chain(DATE_COMPARISONS[op], args.map((a) => msOf(evaluate(a, data), op)))
    case 'plusTime': return plusTime(stringOf(evaluate(args[0], data), op), args[1] as number, args[2] as TimeUnit)
    case 'dccDateOfBirth': return dccDateOfBirth(stringOf(evaluate(args[0], data), op))
    case 'reduce': return reduce(args, data)
    case 'extractFromUVCI': {
      const uvci = evaluate(args[0], data)
      if (uvci !== null && typeof uvci !== 'string') throw typeMismatch(op, 'a string or null', uvci)
      return extractFromUVCI(uvci, args[1] as number)
    }
  }
}

/** Binary form `a op b`, ternary form `(a op b) and (b op c)`; all operands already evaluated. */
function chain(op: ComparisonOp, values: number[]): boolean {
  return compare(op, values[0], values[1]) && (values.length === 2 || compare(op, values[1], values[2]))
}

function reduce(args: unknown[], data: unknown): unknown {
  const operand = evaluate(args[0], data)
  const initial = evaluate(args[2], data)
  // A null operand (e.g. a missing list) reduces like an empty one, as the JsonLogic suite expects.
  if (operand === null) return initial
  let accumulator = initial
  for (const current of arrayOf(operand, 'reduce')) accumulator = evaluate(args[1], { current, accumulator })
  return accumulator
}
