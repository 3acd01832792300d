// Birth dates as documents state them (YYYYMMDD inside a number, YYYY-MM-DD as typed), checked against
// "today" in China time, which the caller supplies.
import type { IdIssue, IdParticulars } from './id-issue'

export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** 'birth-date' for a date that does not exist or is before 1900, 'birth-in-future' after today; YYYYMMDD. */
export function birthProblem(compact: string, today: string): 'birth-date' | 'birth-in-future' | null {
  const y = Number(compact.slice(0, 4))
  if (!/^\d{8}$/.test(compact) || y < 1900 || !isRealDate(y, Number(compact.slice(4, 6)), Number(compact.slice(6, 8)))) return 'birth-date'
  return compact > today.replace(/-/g, '') ? 'birth-in-future' : null
}

/** The typed birth date as YYYYMMDD when it is a real date on or before today; otherwise null. */
export function typedBirth(p: IdParticulars, today: string): string | null {
  if (!p.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(p.birthDate)) return null
  const compact = p.birthDate.replace(/-/g, '')
  return birthProblem(compact, today) ? null : compact
}

/** A number that encodes the birth date (YYYYMMDD, or YYMMDD when `digits` is 6) must agree with the typed one. */
export function birthMismatch(encoded: string, p: IdParticulars, today: string): IdIssue[] {
  const typed = typedBirth(p, today)
  if (!typed) return []
  return typed.slice(8 - encoded.length) === encoded ? [] : [{ field: 'birthDate', code: 'birth_date_mismatch' }]
}
