// The verifier's own recent scans, and the region admin's view of today: scans per collection point and
// codes issued.
import { chinaDate } from '@core/declaration/schema'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class ScanReports {
  constructor(private readonly deps: { store: Store; clock: Clock; flushCounters?: () => Promise<void> }) {}

  async history(actor: Actor, limit = 100) {
    const scans = await this.deps.store.scans.byVerifier(actor.accountId, limit)
    return scans.map(s => ({ scannedAt: s.scannedAt, verdict: s.verdict, status: s.status, kind: s.kind, reasons: s.reasons, offline: s.offline }))
  }

  async today(admin: Actor) {
    const { store, clock } = this.deps
    await this.deps.flushCounters?.()
    const now = clock.now()
    const day = chinaDate(now)
    const start = Date.parse(day + 'T00:00:00+08:00')
    const region = admin.staff!.region
    const [stats, points, counters] = await Promise.all([
      store.scans.statsByPoint(region, start, start + 86400_000), store.points.listByRegion(region), store.counters.get(region, day)
    ])
    const byPoint = new Map(stats.map(s => [s.pointId, s]))
    return {
      day,
      codesIssued: counters['codes-issued'] ?? 0,
      points: points.map(p => ({ ...(byPoint.get(p.id) ?? { scans: 0, valid: 0, invalid: 0, red: 0, yellow: 0 }), pointId: p.id, name: p.name, status: p.status }))
    }
  }
}
