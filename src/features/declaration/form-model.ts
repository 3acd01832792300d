// The declaration form as the page holds it while the person types (DeclarationDraft), and its
// translation to the shared schema's input (src/core/declaration/schema.ts, PlainDeclaration), so the
// phone checks exactly what the cloud function checks.
import type { Condition, ContactLevel, Symptom } from '@core/declaration/vocabulary'

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
  idNumber: string
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
    name: '', idNumber: '', householdRegion: null, address: '', temperature: '', symptoms: [], conditions: [],
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

/** The object plainDeclarationSchema(today) checks; `basic` only while the real name is not yet bound. */
export function formInput(f: DeclarationDraft, withBasic: boolean) {
  return {
    ...(withBasic
      ? { basic: { name: f.name, idType: 'resident-id', idNumber: f.idNumber.trim().toUpperCase(), householdRegion: f.householdRegion?.code ?? '', address: f.address } }
      : {}),
    health: { temperature: parseTemperature(f.temperature), symptoms: f.symptoms, conditions: f.conditions },
    trips: tripsInput(f.trips),
    contact: f.contact,
    tests: f.tests.map((t) => ({ result: t.result, sampledAt: t.sampledAt, institution: t.institution })),
    ...(f.doses === null ? {} : { vaccination: { doses: f.doses, lastDoseDate: f.doses > 0 && f.lastDoseDate ? f.lastDoseDate : null } })
  }
}
