// The identity documents of GB/T 38962 a person may declare with, each with its own number check
// (one file per type), the particulars its form asks for, and the key its holder is found by.
import { SEXES, type IdType } from '../declaration/vocabulary'
import { birthProblem } from './birth-date'
import { foreignPermanentResident } from './foreign-permanent-resident'
import { hkMacaoPermit } from './hk-macao-permit'
import { hmtResidencePermit } from './hmt-residence-permit'
import type { IdChecker, IdIssue, IdParticulars, ParticularField } from './id-issue'
import { isNationality } from './nationalities'
import { passport } from './passport'
import { residentId } from './resident-id'
import { taiwanPermit } from './taiwan-permit'

export const ID_CHECKERS: Record<IdType, IdChecker> = {
  'resident-id': residentId,
  passport,
  'hk-macao-permit': hkMacaoPermit,
  'taiwan-permit': taiwanPermit,
  'foreign-permanent-resident': foreignPermanentResident,
  'hmt-residence-permit': hmtResidencePermit
}

const PARTICULARS: readonly ParticularField[] = ['nationality', 'sex', 'birthDate']

/**
 * The particulars as given: each one the type asks for is there and well-formed, and none it does not ask
 * for is sent (`not_for_id_type`): a type whose number carries the birth date takes it from the number.
 */
export function particularIssues(idType: IdType, p: IdParticulars, today: string): IdIssue[] {
  const asks = ID_CHECKERS[idType].asks
  const out: IdIssue[] = []
  for (const field of PARTICULARS) {
    const given = p[field] !== undefined
    if (asks.includes(field) && !given) out.push({ field, code: 'required' })
    if (!asks.includes(field) && given) out.push({ field, code: 'not_for_id_type' })
  }
  if (asks.includes('nationality') && p.nationality !== undefined && !isNationality(p.nationality)) out.push({ field: 'nationality', code: 'nationality' })
  if (asks.includes('sex') && p.sex !== undefined && !SEXES.includes(p.sex)) out.push({ field: 'sex', code: 'invalid_value' })
  if (asks.includes('birthDate') && p.birthDate !== undefined) {
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate) ? birthProblem(p.birthDate.replace(/-/g, ''), today) : 'birth-date'
    if (problem) out.push({ field: 'birthDate', code: problem === 'birth-date' ? 'birth_date' : 'future_date' })
  }
  return out
}

export interface CheckedId {
  /** The number that names the holder (older forms of a permit reduced to its lifelong number). */
  number: string
  issues: IdIssue[]
}

/** A typed document as a whole: its particulars, then its number and the number's agreement with them. */
export function checkId(idType: IdType, raw: string, p: IdParticulars, today: string): CheckedId {
  const checker = ID_CHECKERS[idType]
  const number = checker.normalize(raw)
  const issues = particularIssues(idType, p, today)
  const own = new Set(issues.map((i) => i.field))
  // A particular already wrong is not also reported as disagreeing with the number.
  return { number, issues: [...issues, ...checker.check(number, p, today).filter((i) => i.field === 'idNumber' || !own.has(i.field))] }
}

/**
 * What the keyed lookup hash covers, and what a binding seals as its number: the ID type with the number,
 * so the same characters under two types are two people. A passport number is unique only within the
 * state that issued it, so a passport's key names the nationality too. A resident ID card's key is its
 * number alone, as it was before there were other types: the hashes of bindings and imported records made
 * then keep matching, and no other key can equal one (every other key has a colon; such a number never does).
 */
export function idLookupKey(idType: IdType, number: string, p: IdParticulars): string {
  if (idType === 'resident-id') return number
  if (idType === 'passport') return `passport:${p.nationality}:${number}`
  return `${idType}:${number}`
}

