// Errors of the CertLogic engine. Callers branch on `code`, never on the wording of `message`.

/** One problem found by static validation; `expr` is the offending (sub-)expression itself. */
export interface ValidationIssue {
  expr: unknown
  message: string
}

export type CertLogicErrorCode =
  /** The expression breaks the spec's structure (unknown operator, wrong arity, bad literal...). */
  | 'INVALID_EXPRESSION'
  /** A value that must be truthy or falsy (operand of `and` or `!`) is neither. */
  | 'NOT_TRUTHY_OR_FALSY'
  /** An operand evaluated to a value of the wrong type (e.g. `in` on a non-array). */
  | 'TYPE_MISMATCH'
  /** A string given to `plusTime`/`dccDateOfBirth` is not in one of the allowed formats. */
  | 'INVALID_DATE_TIME'

export class CertLogicError extends Error {
  readonly code: CertLogicErrorCode
  /** Filled for INVALID_EXPRESSION: every issue `validate` found (or the one met while interpreting). */
  readonly issues: ValidationIssue[]

  constructor(code: CertLogicErrorCode, message: string, issues: ValidationIssue[] = []) {
    super(message)
    this.name = 'CertLogicError'
    this.code = code
    this.issues = issues
  }
}

export function invalidExpression(issues: ValidationIssue[]): CertLogicError {
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new CertLogicError('INVALID_EXPRESSION', `invalid CertLogic expression: ${first.message}${more}`, issues)
}

/** Short, never-throwing rendering of a runtime value for error messages (data may be huge or cyclic). */
export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : String(value)
  if (Array.isArray(value)) return `array(${value.length})`
  return typeof (value as { toISOString?: unknown }).toISOString === 'function' ? 'date-time' : 'object'
}
