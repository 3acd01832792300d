// The region admin's view of today (China time): scans per collection point and codes issued.
import { chinaDate } from '@core/declaration/schema'
import type { TodayStats } from '@core/api/contract/verifier'
import type { Clock } from '../../ports/clock'
import type { CounterStore } from '../../ports/counter-store'
import type { PointStore } from '../../ports/point-store'
import type { ScanStore } from '../../ports/scan-store'
import type { Actor } from '../actor'

export interface ScanStatsDeps {
  scans: Pick<ScanStore, 'statsByPoint'>
  points: Pick<PointStore, 'listByRegion'>
  counters: Pick<CounterStore, 'get'>
  clock: Clock
  /** Writes the codes counted in memory, so today's figure includes them. */
  flushCounters: () => Promise<void>
}

export class GetScanStats {
  constructor(private readonly deps: ScanStatsDeps) {}

  async execute(admin: Actor): Promise<TodayStats> {
    const { scans, points, counters, clock } = this.deps
    await this.deps.flushCounters()
    const now = clock.now()
    const day = chinaDate(now)
    const start = Date.parse(day + 'T00:00:00+08:00')
    const region = admin.staff!.region
    const [stats, regionPoints, counted] = await Promise.all([
      scans.statsByPoint(region, start, start + 86400_000), points.listByRegion(region), counters.get(region, day)
    ])
    const byPoint = new Map(stats.map(s => [s.pointId, s]))
    return {
      day,
      codesIssued: counted['codes-issued'] ?? 0,
      points: regionPoints.map(p => ({ ...(byPoint.get(p.id) ?? { scans: 0, valid: 0, invalid: 0, red: 0, yellow: 0 }), pointId: p.id, name: p.name, status: p.status }))
    }
  }
}
