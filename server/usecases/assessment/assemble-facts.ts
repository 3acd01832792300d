// Puts a citizen's records together into the facts the rules see (src/core/rules/facts.ts), plus the
// checkpoint facts a code may carry. Pure: the single-citizen and the batch builders share it.
import type { AuditFacts, TripRisk } from '@core/rules'
import { covers } from '@core/regions/codes'
import { chinaDate } from '@core/declaration/schema'
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import type { Trip } from '../../ports/declaration-store'
import type { RiskArea } from '../../ports/risk-area-store'
import type { PersonRecords } from '../../ports/audit-data-store'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'

const RANK: Record<TripRisk, number> = { low: 1, medium: 2, high: 3 }
/** Case and contact lists count for this long after a person is listed. */
export const LISTING_DAYS = 14
/** How long a negative test counts at checkpoints (the region's validity). */
export const TEST_VALID_HOURS = 48

export function riskOf(trip: Trip, areas: RiskArea[]): TripRisk | null {
  let best: TripRisk | null = null
  for (const a of areas) {
    if (!covers(a.regionCode, trip.region) || a.to < trip.from || a.from > trip.to) continue
    if (!best || RANK[a.level] > RANK[best]) best = a.level
  }
  return best
}

/** Length of the run of daily check-ins ending today or yesterday (China dates, newest first). */
export function checkinRun(days: string[], today: string): { consecutiveDays: number; lastDay: string | null } {
  if (days.length === 0) return { consecutiveDays: 0, lastDay: null }
  const dayMs = (d: string) => Date.parse(d + 'T00:00:00Z')
  if ((dayMs(today) - dayMs(days[0])) / 86400_000 > 1) return { consecutiveDays: 0, lastDay: days[0] }
  let run = 1
  for (let i = 1; i < days.length && dayMs(days[i - 1]) - dayMs(days[i]) === 86400_000; i++) run++
  return { consecutiveDays: run, lastDay: days[0] }
}

export interface CitizenRecords {
  declaration: { at: number; data: StoredDeclaration } | null
  trips: Trip[]
  checkinDays: string[]
  records: PersonRecords
}

export interface AssembledFacts {
  facts: AuditFacts
  checkpoint: { testValidUntil: number | null; vaccinated: boolean }
}

const EMPTY: PersonRecords = { labs: [], vaccinations: [], contacts: [] }

export function assembleFacts(nowMs: number, r: CitizenRecords, areas: RiskArea[]): AssembledFacts {
  const today = chinaDate(nowMs)
  const windowStart = chinaDate(nowMs - TRIP_WINDOW_DAYS * 86400_000)
  const listedSince = chinaDate(nowMs - LISTING_DAYS * 86400_000)
  const rec = r.records ?? EMPTY
  const listed = (kind: string) => rec.contacts.some(c => c.kind === kind && c.listedAt >= listedSince && c.listedAt <= today)
  let negative: number | null = null
  let positive: number | null = null
  for (const l of rec.labs) {
    if (l.sampledAt > nowMs) continue
    if (l.result === 'negative' && (negative === null || l.sampledAt > negative)) negative = l.sampledAt
    if (l.result === 'positive' && (positive === null || l.sampledAt > positive)) positive = l.sampledAt
  }
  const run = checkinRun(r.checkinDays, today)
  const d = r.declaration
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())
  const testValidUntil = negative !== null && (positive === null || positive < negative) ? negative + TEST_VALID_HOURS * 3600_000 : null
  return {
    facts: {
      now: new Date(nowMs).toISOString(),
      declaration: d ? {
        at: new Date(d.at).toISOString(),
        temperatureTenths: d.data.health.temperature === null ? null : Math.round(d.data.health.temperature * 10),
        symptoms: d.data.health.symptoms,
        contact: d.data.contact
      } : null,
      trips: r.trips.filter(t => t.to >= windowStart).map(t => ({ region: t.region, from: t.from, to: t.to, risk: riskOf(t, areas) })),
      contacts: { close: listed('close'), secondary: listed('secondary') },
      cases: { confirmed: listed('confirmed'), suspected: listed('suspected') },
      tests: { latestNegativeSampledAt: iso(negative), latestPositiveSampledAt: iso(positive) },
      vaccination: { complete: rec.vaccinations.some(v => v.complete) },
      checkins: { consecutiveDays: run.consecutiveDays, lastAt: run.lastDay ? run.lastDay + 'T12:00:00+08:00' : null }
    },
    checkpoint: { testValidUntil: testValidUntil !== null && testValidUntil > nowMs ? testValidUntil : null, vaccinated: rec.vaccinations.some(v => v.complete) }
  }
}
