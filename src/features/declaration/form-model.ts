// The declaration form as the page holds it while the person types (DeclarationDraft), and its
// translation to the shared schema's input (src/core/declaration/schema.ts, PlainDeclaration), so the
// phone checks exactly what the cloud function checks.
import type { Condition, ContactLevel, IdType, Sex, Symptom } from '@core/declaration/vocabulary'
import { ID_CHECKERS } from '@core/identity/id-types'

export interface RegionChoice {
  code: string
  /** Names from province down, for display ("上海市 › 黄浦区"). */
  names: string[]
}

export interface TripRow {
  key: number
  region: RegionChoice | null
  from: string
  to: string
}

export interface TestRow {
  key: number
  result: 'negative' | 'positive'
  sampledAt: string
  institution: string
}

/** The form's state while typing: text as typed, nothing validated yet. */
export interface DeclarationDraft {
  name: string
  idType: IdType
  idNumber: string
  /** ISO 3166-1 alpha-3, '' until chosen (passports only). */
  nationality: string
  sex: Sex | null
  /** YYYY-MM-DD, '' until chosen. */
  birthDate: string
  householdRegion: RegionChoice | null
  address: string
  temperature: string
  symptoms: Symptom[]
  conditions: Condition[]
  trips: TripRow[]
  contact: ContactLevel
  tests: TestRow[]
  /** null: not given (the section is optional). */
  doses: number | null
  lastDoseDate: string
}

export type FormKind = 'full' | 'trips'

export function initialForm(): DeclarationDraft {
  return {
    name: '', idType: 'resident-id', idNumber: '', nationality: '', sex: null, birthDate: '', householdRegion: null, address: '', temperature: '', symptoms: [], conditions: [],
    trips: [], contact: 'none', tests: [], doses: null, lastDoseDate: ''
  }
}

/** '' stays undefined (→ "required"); anything not a number becomes NaN and is reported as a temperature issue. */
export function parseTemperature(text: string): number | undefined {
  const s = text.trim().replace(/[,，]/, '.').replace(/\s*(℃|°C)$/i, '')
  return s === '' ? undefined : Number(s)
}

export function tripsInput(trips: TripRow[]) {
  return trips.map((t) => ({ region: t.region?.code ?? '', from: t.from, to: t.to }))
}

/**
 * Basic information as the schema takes it: the number as its type names the holder (an older permit's
 * form reduced to its lifelong number), and only the particulars this ID type asks for (an empty one
 * stays undefined and is reported as required).
 */
export function basicInput(f: DeclarationDraft) {
  const checker = ID_CHECKERS[f.idType]
  const particulars = {
    ...(checker.asks.includes('nationality') ? { nationality: f.nationality || undefined } : {}),
    ...(checker.asks.includes('sex') ? { sex: f.sex ?? undefined } : {}),
    ...(checker.asks.includes('birthDate') ? { birthDate: f.birthDate || undefined } : {})
  }
  return { name: f.name, idType: f.idType, idNumber: checker.normalize(f.idNumber), ...particulars, householdRegion: f.householdRegion?.code ?? '', address: f.address }
}

/** The object plainDeclarationSchema(today) checks; `basic` only while the real name is not yet bound. */
export function formInput(f: DeclarationDraft, withBasic: boolean) {
  return {
    ...(withBasic ? { basic: basicInput(f) } : {}),
    health: { temperature: parseTemperature(f.temperature), symptoms: f.symptoms, conditions: f.conditions },
    trips: tripsInput(f.trips),
    contact: f.contact,
    tests: f.tests.map((t) => ({ result: t.result, sampledAt: t.sampledAt, institution: t.institution })),
    ...(f.doses === null ? {} : { vaccination: { doses: f.doses, lastDoseDate: f.doses > 0 && f.lastDoseDate ? f.lastDoseDate : null } })
  }
}
