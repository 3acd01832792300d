// The facts a status rule sees: the citizen's audit input as one plain JSON object, the `data` of
// every CertLogic `when`. Only JSON values (CertLogic reads nothing else), times as ISO strings, and
// integers only (CertLogic compares integers), so the temperature is in tenths of a degree Celsius.
import { z } from 'zod'

export type TripRisk = 'high' | 'medium' | 'low'
export type DeclaredContact = 'none' | 'close' | 'secondary'

export interface AuditFacts {
  /** The audit clock (ISO date-time). Rules compare every date with it; one re-audit uses one clock. */
  now: string
  /** The citizen's latest health declaration, or null if there is none. */
  declaration: {
    /** When it was declared (ISO). */
    at: string
    /** Body temperature in tenths of °C (373 = 37.3 °C), or null if not measured. */
    temperatureTenths: number | null
    /** Declared symptom codes (e.g. 'fever', 'cough'); empty when none. */
    symptoms: string[]
    /** What the citizen declared about contact with cases. */
    contact: DeclaredContact
  } | null
  /** Declared and verified trips: region code (GB/T 2260), stay from/to (ISO), the area's risk level then. */
  trips: { region: string; from: string; to: string; risk: TripRisk | null }[]
  /** On the current close-contact / secondary-contact lists (imported data). */
  contacts: { close: boolean; secondary: boolean }
  /** On the current confirmed / suspected case lists (imported data). */
  cases: { confirmed: boolean; suspected: boolean }
  /** Nucleic-acid results, counted from the sampling time. */
  tests: { latestNegativeSampledAt: string | null; latestPositiveSampledAt: string | null }
  vaccination: { complete: boolean }
  /** The current run of daily check-ins (打卡): its length in days and the last one. */
  checkins: { consecutiveDays: number; lastAt: string | null }
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const iso = z.string().refine((s) => ISO.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s)),
  'an ISO date or date-time, e.g. 2026-11-27T08:00:00+08:00')
const flag = z.boolean()

export const auditFactsSchema = z.object({
  now: iso,
  declaration: z.object({
    at: iso,
    temperatureTenths: z.number().int('tenths of °C as an integer (373 = 37.3 °C)').min(300, 'a body temperature of 30.0 °C or more (300)').max(450, 'a body temperature of 45.0 °C or less (450)').nullable(),
    symptoms: z.array(z.string().min(1)),
    contact: z.enum(['none', 'close', 'secondary'])
  }).strict().nullable(),
  trips: z.array(z.object({
    region: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
    from: iso,
    to: iso,
    risk: z.enum(['high', 'medium', 'low']).nullable()
  }).strict()),
  contacts: z.object({ close: flag, secondary: flag }).strict(),
  cases: z.object({ confirmed: flag, suspected: flag }).strict(),
  tests: z.object({ latestNegativeSampledAt: iso.nullable(), latestPositiveSampledAt: iso.nullable() }).strict(),
  vaccination: z.object({ complete: flag }).strict(),
  checkins: z.object({ consecutiveDays: z.number().int().min(0), lastAt: iso.nullable() }).strict()
}).strict()

/** Problems with a facts object as `path: message` lines; empty when it is well-formed. */
export function factsIssues(facts: unknown): string[] {
  const r = auditFactsSchema.safeParse(facts)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || '(facts)'}: ${i.message}`)
}

/** Facts of a citizen with nothing on record, at `now`: every default rule leaves them green. */
export function emptyFacts(now: string): AuditFacts {
  return {
    now,
    declaration: null,
    trips: [],
    contacts: { close: false, secondary: false },
    cases: { confirmed: false, suspected: false },
    tests: { latestNegativeSampledAt: null, latestPositiveSampledAt: null },
    vaccination: { complete: false },
    checkins: { consecutiveDays: 0, lastAt: null }
  }
}

/**
 * Every data path a rule may read, for the static check of `var`s in rule sets. Array members
 * are listed under `trips.*` and are what a `reduce` over `trips` sees as `current.*`.
 */
export const FACT_PATHS: readonly string[] = [
  'now',
  'declaration', 'declaration.at', 'declaration.temperatureTenths', 'declaration.symptoms', 'declaration.symptoms.*',
  'declaration.contact',
  'trips', 'trips.*', 'trips.*.region', 'trips.*.from', 'trips.*.to', 'trips.*.risk',
  'contacts', 'contacts.close', 'contacts.secondary',
  'cases', 'cases.confirmed', 'cases.suspected',
  'tests', 'tests.latestNegativeSampledAt', 'tests.latestPositiveSampledAt',
  'vaccination', 'vaccination.complete',
  'checkins', 'checkins.consecutiveDays', 'checkins.lastAt'
]
