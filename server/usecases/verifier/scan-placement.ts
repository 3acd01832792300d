// Where a scan is recorded: at the collection point of the verifier who made it, in that point's region.
// Shared by the recorded scans (decided on the phone) and the online check (decided here).
import { AppError } from '@core/api/app-error'
import type { ScanReport } from '@core/api/contract/verifier'
import type { PointStore } from '../../ports/point-store'
import type { Scan } from '../../ports/scan-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'

export interface PlacedPoint {
  id: string
  region: string
}

/** What a scan says, from the phone's report or from the host's own verification. */
export type ScanFacts = Omit<ScanReport, 'reasons' | 'pointId'> & { reasons: string[] }

/** The verifier's current point, which must be open. */
export async function verifierPoint(points: Pick<PointStore, 'find'>, actor: Actor): Promise<PlacedPoint> {
  const pointId = actor.staff?.pointId
  if (!pointId) throw new AppError('FORBIDDEN', 'no collection point assigned')
  const point = await points.find(pointId)
  if (!point || point.status !== 'open') throw new AppError('CONFLICT', 'collection point is closed')
  return { id: point.id, region: point.region }
}

export function scanFrom(report: ScanFacts, actor: Actor, point: PlacedPoint, now: number): Scan {
  return {
    id: newId(), verifierId: actor.accountId, pointId: point.id, region: point.region, idempotencyKey: report.idempotencyKey,
    // A queued scan keeps the time it happened; a clock far in the future is clamped to now.
    scannedAt: Math.min(report.scannedAt, now), receivedAt: now,
    verdict: report.updateNeeded ? 'update-needed' : report.valid ? 'valid' : 'invalid',
    reasons: report.reasons, kind: report.kind, status: report.status, holder: report.holder, holderRegion: report.holderRegion, offline: report.offline
  }
}
