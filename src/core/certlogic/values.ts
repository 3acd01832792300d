// Value semantics shared by the interpreter and the compiler, so the two cannot drift apart.
import { CertLogicDateTime } from './dates'
import { CertLogicError, describe } from './errors'

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v)
}

function isEmptyDictionary(o: object): boolean {
  for (const _ in o) return false
  return true
}

/** Truthy per the spec: true, non-empty string, non-zero integer, non-empty array or object. */
export function isTruthy(v: unknown): boolean {
  if (v === true) return true
  if (v === false || v === null) return false
  switch (typeof v) {
    case 'string': return v.length > 0
    case 'number': return v !== 0 && Number.isInteger(v)
    case 'object':
      if (Array.isArray(v)) return v.length > 0
      return !(v instanceof CertLogicDateTime) && !isEmptyDictionary(v as object)
    default: return false
  }
}

/** Falsy per the spec: false, null, "", 0, [] and {}. Not simply !isTruthy: some values are neither. */
export function isFalsy(v: unknown): boolean {
  if (v === false || v === null) return true
  if (v === true) return false
  switch (typeof v) {
    case 'string': return v.length === 0
    case 'number': return v === 0
    case 'object':
      if (Array.isArray(v)) return v.length === 0
      return !(v instanceof CertLogicDateTime) && isEmptyDictionary(v as object)
    default: return false
  }
}

/** true if truthy, false if falsy; throws for values that are neither (where the spec demands it). */
export function boolOf(v: unknown, op: string): boolean {
  if (isTruthy(v)) return true
  if (isFalsy(v)) return false
  throw new CertLogicError('NOT_TRUTHY_OR_FALSY', `operand of "${op}" is neither truthy nor falsy: ${describe(v)}`)
}

export function typeMismatch(op: string, expected: string, v: unknown): CertLogicError {
  return new CertLogicError('TYPE_MISMATCH', `operand of "${op}" must be ${expected}, got ${describe(v)}`)
}

export function intOf(v: unknown, op: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v
  throw typeMismatch(op, 'an integer', v)
}

export function msOf(v: unknown, op: string): number {
  if (v instanceof CertLogicDateTime) return v.epochMs
  throw typeMismatch(op, 'a date-time', v)
}

export function stringOf(v: unknown, op: string): string {
  if (typeof v === 'string') return v
  throw typeMismatch(op, 'a string', v)
}

export function arrayOf(v: unknown, op: string): unknown[] {
  if (Array.isArray(v)) return v
  throw typeMismatch(op, 'an array', v)
}

/** `===` without coercion; date-times are immutable values, so they compare by instant. */
export function strictEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true
  return a instanceof CertLogicDateTime && b instanceof CertLogicDateTime && a.epochMs === b.epochMs
}

/** Membership for `in`, with the same equality as `===`. */
export function contains(haystack: readonly unknown[], needle: unknown): boolean {
  if (!(needle instanceof CertLogicDateTime)) return haystack.indexOf(needle) >= 0
  for (let i = 0; i < haystack.length; i++) if (strictEquals(needle, haystack[i])) return true
  return false
}

export type ComparisonOp = '<' | '>' | '<=' | '>='

export function compare(op: ComparisonOp, a: number, b: number): boolean {
  switch (op) {
    case '<': return a < b
    case '>': return a > b
    case '<=': return a <= b
    case '>=': return a >= b
  }
}

/** The date-time comparisons are the integer ones under another name. */
export const DATE_COMPARISONS: Readonly<Record<string, ComparisonOp>> = {
  after: '>',
  before: '<',
  'not-after': '<=',
  'not-before': '>='
}
