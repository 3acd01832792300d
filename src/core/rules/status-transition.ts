// From an evaluation to the citizen's next status record. A stricter (or equally strict) match takes
// effect at once; a milder one only once the current status's exit condition holds.
import { parseDateTime } from '../certlogic'
import type { Evaluation } from './evaluate-status'
import type { AuditFacts } from './facts'
import { ExitCondition, SEVERITY, Status } from './rule-set'

const DAY_MS = 86_400_000

/** What a citizen's status is and why; the holder sees all of it (with the data that produced it). */
export interface StatusRecord {
  status: Status
  /** When this status (with this rule and reason) was set, ISO. The exit clock starts here. */
  setAt: string
  ruleId: string | null
  ruleVersion: number | null
  reason: string | null
  /** Null for green; a non-green record without one is only lifted by auditors. */
  exit: ExitCondition | null
  /** setAt + exit.days, ISO; null for green. */
  earliestExitAt: string | null
}

export type TransitionKind =
  | 'initial'   // no record yet
  | 'unchanged' // green stays green
  | 'escalated' // a stricter status, set now
  | 'renewed'   // same colour, another rule or reason: set now, the exit clock restarts
  | 'continued' // the same rule still matches: the record (and its exit clock) stays
  | 'held'      // milder result, exit condition not met yet: the status stays
  | 'released'  // milder result and exit condition met: the milder status, set now

export interface ExitProgress {
  met: boolean
  daysMet: boolean
  checkinsMet: boolean
  testMet: boolean
  /** Consecutive daily check-ins that fall at or after setAt. */
  checkinsSince: number
  earliestExitAt: string | null
}

export interface Transition {
  next: StatusRecord
  changed: boolean
  kind: TransitionKind
  /** Of `next`: when it can end at the earliest (null for green). */
  earliestExitAt: string | null
  /** For a milder result: how far the current status is from its exit condition. */
  progress: ExitProgress | null
}

export type ExitFacts = Pick<AuditFacts, 'now' | 'checkins' | 'tests'>

const ms = (iso: string): number => parseDateTime(iso)
const isoOf = (t: number): string => new Date(t).toISOString()

function earliestExit(setAtMs: number, exit: ExitCondition | null): string | null {
  return exit === null ? null : isoOf(setAtMs + exit.days * DAY_MS)
}

/** The record an evaluation produces when it takes effect at `nowMs`. */
export function recordOf(evaluation: Evaluation, nowMs: number): StatusRecord {
  const green = evaluation.status === 'green'
  const exit = green || evaluation.exit === null ? null : { ...evaluation.exit }
  return {
    status: evaluation.status,
    setAt: isoOf(nowMs),
    ruleId: evaluation.rule?.id ?? null,
    ruleVersion: evaluation.rule?.version ?? null,
    reason: evaluation.reason,
    exit,
    earliestExitAt: earliestExit(nowMs, exit)
  }
}

/** Checks the record's exit condition against the facts at facts.now. */
export function exitProgress(record: StatusRecord, facts: ExitFacts): ExitProgress {
  const setAt = ms(record.setAt)
  const exit = record.exit
  const earliestExitAt = earliestExit(setAt, exit)
  const { consecutiveDays, lastAt } = facts.checkins
  const last = lastAt === null ? null : ms(lastAt)
  const checkinsSince = last === null || last < setAt ? 0 : Math.min(consecutiveDays, Math.floor((last - setAt) / DAY_MS) + 1)
  if (exit === null) {
    const none = record.status === 'green'
    return { met: none, daysMet: none, checkinsMet: none, testMet: none, checkinsSince, earliestExitAt }
  }
  const negative = facts.tests.latestNegativeSampledAt === null ? null : ms(facts.tests.latestNegativeSampledAt)
  const positive = facts.tests.latestPositiveSampledAt === null ? null : ms(facts.tests.latestPositiveSampledAt)
  const daysMet = ms(facts.now) >= setAt + exit.days * DAY_MS
  const checkinsMet = checkinsSince >= exit.checkins
  const testMet = !exit.negativeTest || (negative !== null && negative > setAt && (positive === null || positive < negative))
  return { met: daysMet && checkinsMet && testMet, daysMet, checkinsMet, testMet, checkinsSince, earliestExitAt }
}

function sameRecord(a: StatusRecord, b: StatusRecord): boolean {
  const ea = a.exit
  const eb = b.exit
  const exitSame = ea === eb || (ea !== null && eb !== null && ea.days === eb.days && ea.checkins === eb.checkins && ea.negativeTest === eb.negativeTest)
  return a.status === b.status && a.setAt === b.setAt && a.ruleId === b.ruleId && a.ruleVersion === b.ruleVersion &&
    a.reason === b.reason && exitSame && a.earliestExitAt === b.earliestExitAt
}

function result(next: StatusRecord, changed: boolean, kind: TransitionKind, progress: ExitProgress | null = null): Transition {
  return { next, changed, kind, earliestExitAt: next.earliestExitAt, progress }
}

/** The next status record after evaluating the rules on `facts` (at facts.now). */
export function nextStatus(current: StatusRecord | null, evaluation: Evaluation, facts: ExitFacts): Transition {
  const now = ms(facts.now)
  if (current === null) return result(recordOf(evaluation, now), true, 'initial')
  const was = SEVERITY[current.status]
  const is = SEVERITY[evaluation.status]
  if (is > was) return result(recordOf(evaluation, now), true, 'escalated')
  if (is === was) {
    if (evaluation.status === 'green') return result(current, false, 'unchanged')
    if (evaluation.rule?.id !== current.ruleId || evaluation.reason !== current.reason) {
      return result(recordOf(evaluation, now), true, 'renewed')
    }
    // Same rule, possibly of a newer rule-set version: keep the clock, take the current exit condition.
    const exit = evaluation.exit === null ? null : { ...evaluation.exit }
    const next: StatusRecord = {
      ...current, ruleVersion: evaluation.rule?.version ?? null, exit, earliestExitAt: earliestExit(ms(current.setAt), exit)
    }
    const changed = !sameRecord(current, next)
    return result(changed ? next : current, changed, 'continued')
  }
  const progress = exitProgress(current, facts)
  if (!progress.met) return result(current, false, 'held', progress)
  return result(recordOf(evaluation, now), true, 'released', progress)
}
