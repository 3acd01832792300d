// Field-level problems as {path → issue code}, from the shared schema on the phone and from the host's
// `issues` alike, so both show the same zh/en message (core issueMessage) next to the same field.
import { plainDeclarationSchema } from '@core/declaration/schema'
import { issuesFrom } from '@core/validation/issues'
import type { Issue } from '@core/api/return-codes'
import { formInput, parseTemperature, tripsInput, type DeclarationDraft, type FormKind } from './form-model'

export type FieldIssues = Record<string, string>

function collect(issues: { path: string; code: string }[], prefix = ''): FieldIssues {
  const out: FieldIssues = {}
  for (const i of issues) {
    const path = prefix && i.path ? `${prefix}.${i.path}` : prefix || i.path
    if (!(path in out)) out[path] = i.code // the first problem of a field is the one to fix first
  }
  return out
}

export function validateDeclaration(f: DeclarationDraft, today: string, withBasic: boolean, kind: FormKind = 'full'): FieldIssues {
  const schema = plainDeclarationSchema(today)
  if (kind === 'trips') {
    if (f.trips.length === 0) return { trips: 'required' }
    const r = schema.shape.trips.safeParse(tripsInput(f.trips))
    return r.success ? {} : collect(issuesFrom(r.error), 'trips')
  }
  const r = schema.safeParse(formInput(f, withBasic))
  const out = r.success ? {} : collect(issuesFrom(r.error))
  const t = parseTemperature(f.temperature)
  if (t !== undefined && Number.isNaN(t)) out['health.temperature'] = 'temperature'
  return out
}

/** The host checks the decrypted number under the field's own path; its wire name maps back to it. */
export function serverFieldIssues(issues: Issue[] | undefined): FieldIssues {
  return collect((issues ?? []).map((i) => ({ path: i.path.replace(/^basic\.idNumberEncrypted$/, 'basic.idNumber'), code: i.code })))
}

/** Paths the declaration page shows next to a field; anything else is listed at the top. */
export const PLACED_PATH = /^(basic\.(name|idType|idNumber|nationality|sex|birthDate|householdRegion|address)|health\.temperature|contact|trips(\.\d+\.(region|from|to))?|tests\.\d+\.(sampledAt|institution)|vaccination\.(doses|lastDoseDate))$/
