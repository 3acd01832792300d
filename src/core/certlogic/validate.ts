// Static validation: everything about an expression that can be known without data.
// `shapeIssue` checks one node; the interpreter calls it per node visited, `validate` on every node.
import { TIME_UNITS } from './dates'
import { ValidationIssue } from './errors'
import { isValidPath } from './path'
import { isInt } from './values'

export const COMPARISON_OPERATORS = ['<', '>', '<=', '>=', 'after', 'before', 'not-after', 'not-before'] as const
export const OPERATORS = [
  'if', 'and', '!', '===', 'in', '+', ...COMPARISON_OPERATORS,
  'plusTime', 'dccDateOfBirth', 'reduce', 'extractFromUVCI'
] as const
export type Operator = (typeof OPERATORS)[number]

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS)

export function isOperationObject(expr: unknown): expr is Record<string, unknown> {
  return typeof expr === 'object' && expr !== null && !Array.isArray(expr)
}

function arity(op: Operator, n: number): string | null {
  switch (op) {
    case 'and': return n >= 2 ? null : 'an "and" operation must have at least 2 operands'
    case '<': case '>': case '<=': case '>=': case 'after': case 'before': case 'not-after': case 'not-before':
      return n === 2 || n === 3 ? null : `an operation with operator "${op}" must have 2 or 3 operands`
    case '!': case 'dccDateOfBirth':
      return n === 1 ? null : `an operation with operator "${op}" must have exactly 1 operand`
    case '===': case 'in': case '+': case 'extractFromUVCI':
      return n === 2 ? null : `an operation with operator "${op}" must have exactly 2 operands`
    case 'if': case 'reduce': case 'plusTime':
      return n === 3 ? null : `an operation with operator "${op}" must have exactly 3 operands`
  }
}

/** Operands the spec requires to be literals rather than expressions. */
function literalArguments(op: Operator, args: unknown[]): string | null {
  if (op === 'plusTime') {
    if (!isInt(args[1])) return '"amount" argument (#2) of "plusTime" must be an integer literal'
    if (typeof args[2] !== 'string' || TIME_UNITS.indexOf(args[2]) < 0) {
      return `"unit" argument (#3) of "plusTime" must be one of: ${TIME_UNITS.join(', ')}`
    }
  }
  if (op === 'extractFromUVCI' && !isInt(args[1])) return '"index" argument (#2) of "extractFromUVCI" must be an integer literal'
  return null
}

/** The problem with this node alone (children unchecked), or null if it is well-formed. */
export function shapeIssue(expr: unknown): string | null {
  switch (typeof expr) {
    case 'boolean': case 'string': return null
    case 'number': return Number.isInteger(expr) ? null : `${expr} is a non-integer number`
    case 'object': {
      if (expr === null) return 'invalid CertLogic expression'
      if (Array.isArray(expr)) return null
      const keys = Object.keys(expr)
      if (keys.length !== 1) return `expression object must have exactly one key, but it has ${keys.length}`
      const op = keys[0]
      const args = (expr as Record<string, unknown>)[op]
      if (op === 'var') {
        if (typeof args !== 'string') return 'not of the form { "var": "<path>" }'
        return isValidPath(args) ? null : `data access path doesn't have a valid format: ${args}`
      }
      if (!Array.isArray(args)) return 'operation not of the form { "<operator>": [ <values...> ] }'
      if (!OPERATOR_SET.has(op)) return `unrecognised operator: "${op}"`
      return arity(op as Operator, args.length) ?? literalArguments(op as Operator, args)
    }
    default: return 'invalid CertLogic expression'
  }
}

/** Sub-expressions to validate under a well-formed node (literal arguments excluded). */
function children(expr: unknown): unknown[] {
  if (Array.isArray(expr)) return expr
  if (!isOperationObject(expr)) return []
  const op = Object.keys(expr)[0]
  if (op === 'var') return []
  const args = expr[op] as unknown[]
  return op === 'plusTime' || op === 'extractFromUVCI' ? args.slice(0, 1) : args
}

/** Every problem in the expression tree, outermost first; an empty list means it is valid. */
export function validate(expr: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const visit = (e: unknown): void => {
    const message = shapeIssue(e)
    if (message !== null) issues.push({ expr: e, message })
    else children(e).forEach(visit)
  }
  visit(expr)
  return issues
}

export function isValid(expr: unknown): boolean {
  return validate(expr).length === 0
}
