// Records scans against the verifier's own collection point (from the session, never from the request),
// each exactly once: a repeated idempotency key, e.g. from an interrupted and retried sync, changes nothing.
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Scan } from '../../ports/scan-store'
import type { Actor } from '../../runtime/actor'
import { newId } from '../../runtime/ids'

export interface ScanReport {
  idempotencyKey: string
  scannedAt: number
  valid: boolean
  updateNeeded: boolean
  kind: Scan['kind']
  reasons: string[]
  status: Scan['status']
  holder: string | null
  holderRegion: string | null
  offline: boolean
}

export async function verifierPoint(store: Store, actor: Actor): Promise<{ id: string; region: string }> {
  const pointId = actor.staff?.pointId
  if (!pointId) throw new AppError('FORBIDDEN', 'no collection point assigned')
  const point = await store.points.find(pointId)
  if (!point || point.status !== 'open') throw new AppError('CONFLICT', 'collection point is closed')
  return { id: point.id, region: point.region }
}

export function scanFrom(report: ScanReport, actor: Actor, point: { id: string; region: string }, now: number): Scan {
  return {
    id: newId(), verifierId: actor.accountId, pointId: point.id, region: point.region, idempotencyKey: report.idempotencyKey,
    // A queued scan keeps the time it happened; a clock far in the future is clamped to now.
    scannedAt: Math.min(report.scannedAt, now), receivedAt: now,
    verdict: report.updateNeeded ? 'update-needed' : report.valid ? 'valid' : 'invalid',
    reasons: report.reasons, kind: report.kind, status: report.status, holder: report.holder, holderRegion: report.holderRegion, offline: report.offline
  }
}

export class RecordScans {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(actor: Actor, reports: ScanReport[]): Promise<{ accepted: number; duplicates: number; keys: string[] }> {
    const { store, clock } = this.deps
    const point = await verifierPoint(store, actor)
    const now = clock.now()
    return store.transaction(async tx => {
      let accepted = 0
      for (const r of reports) if (await tx.scans.record(scanFrom(r, actor, point, now))) accepted++
      return { accepted, duplicates: reports.length - accepted, keys: reports.map(r => r.idempotencyKey) }
    })
  }
}
