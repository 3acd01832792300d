// The declaration's wire schema (src/core/declaration/schema.ts with the ID number encrypted), plus the
// check that every trip names a real county-level division. Cached per China date.
import { z } from 'zod'
import { chinaDate, wireDeclarationSchema } from '@core/declaration/schema'
import { regionCodeSchema } from '@core/validation/common'
import { regionDirectory } from '../adapters/regions/china-division-directory'

const knownCounty = regionCodeSchema.refine(code => regionDirectory().isCounty(code), 'region')

function withKnownRegions<T extends z.ZodTypeAny>(schema: T): T {
  return schema.superRefine((v: { trips?: { region: string }[]; basic?: { householdRegion?: string } }, ctx) => {
    v.trips?.forEach((t, i) => { if (!knownCounty.safeParse(t.region).success) ctx.addIssue({ code: 'custom', path: ['trips', i, 'region'], message: 'region' }) })
    const home = v.basic?.householdRegion
    if (home && !regionDirectory().name(home)) ctx.addIssue({ code: 'custom', path: ['basic', 'householdRegion'], message: 'region' })
  }) as unknown as T
}

const cache = new Map<string, z.ZodTypeAny>()

export function declarationWireSchema() {
  return (nowMs: number) => {
    const today = chinaDate(nowMs)
    let schema = cache.get(today)
    if (!schema) {
      cache.clear()
      schema = withKnownRegions(wireDeclarationSchema(today))
      cache.set(today, schema)
    }
    return schema as ReturnType<typeof wireDeclarationSchema>
  }
}

export function tripsWireSchema() {
  return (nowMs: number) => {
    const trips = wireDeclarationSchema(chinaDate(nowMs)).shape.trips.min(1)
    return withKnownRegions(z.object({ trips }).strict())
  }
}
