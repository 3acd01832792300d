// Gathers a citizen's audit facts (src/core/rules/facts.ts) from the store at one clock: the latest
// declaration, trips of the last 14 days with the risk level of their area at the time, and check-ins.
// Imported lab results, vaccination records and case lists join here when they are imported.
import type { AuditFacts, TripRisk } from '@core/rules'
import { ancestorsOf, covers } from '@core/regions/codes'
import { chinaDate } from '@core/declaration/schema'
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { RiskArea } from '../../ports/risk-area-store'
import type { DeclaredData } from '../citizen/declared-data'

const RANK: Record<TripRisk, number> = { low: 1, medium: 2, high: 3 }

export function riskOf(trip: { region: string; from: string; to: string }, areas: RiskArea[]): TripRisk | null {
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

/** `justDeclared` is the declaration written in this same transaction, so it need not be read back and decrypted. */
export async function buildFacts(store: Store, pii: PiiProtector, accountId: string, nowMs: number, justDeclared?: { at: number; data: DeclaredData }): Promise<AuditFacts> {
  const today = chinaDate(nowMs)
  const windowStart = chinaDate(nowMs - TRIP_WINDOW_DAYS * 86400_000)
  const [latest, trips, checkinDays] = await Promise.all([
    justDeclared ? null : store.declarations.latest(accountId, ['health', 'checkin']),
    store.declarations.tripsSince(accountId, windowStart),
    store.declarations.checkinDays(accountId, 60)
  ])
  const codes = [...new Set(trips.flatMap(t => ancestorsOf(t.region)))]
  const areas = await store.riskAreas.atCodes(codes)
  const data = justDeclared ? justDeclared.data : latest ? (JSON.parse(pii.open(latest.dataEnc)) as DeclaredData) : null
  const declaredAt = justDeclared ? justDeclared.at : latest?.at
  const run = checkinRun(checkinDays, today)
  return {
    now: new Date(nowMs).toISOString(),
    declaration: declaredAt !== undefined && data ? {
      at: new Date(declaredAt).toISOString(),
      temperatureTenths: data.health.temperature === null ? null : Math.round(data.health.temperature * 10),
      symptoms: data.health.symptoms,
      contact: data.contact
    } : null,
    trips: trips.map(t => ({ region: t.region, from: t.from, to: t.to, risk: riskOf(t, areas) })),
    contacts: { close: false, secondary: false },
    cases: { confirmed: false, suspected: false },
    tests: { latestNegativeSampledAt: null, latestPositiveSampledAt: null },
    vaccination: { complete: false },
    checkins: { consecutiveDays: run.consecutiveDays, lastAt: run.lastDay ? run.lastDay + 'T12:00:00+08:00' : null }
  }
}
