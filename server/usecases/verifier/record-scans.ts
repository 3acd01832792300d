// Records scans against the collection point the verifier was assigned to when scanning — checked
// against the session and the assignment history, never taken on trust from the request — each exactly
// once: a repeated idempotency key, e.g. from an interrupted and retried sync, changes nothing.
import { AppError } from '@core/api/app-error'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Scan } from '../../ports/scan-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'

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
  /** The point the phone was at when it scanned (queued scans may upload after a move). */
  pointId?: string | null
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

/** Whether the verifier was assigned to `pointId` at `at`, from the staff history in the audit log. */
async function wasAssigned(store: Store, verifierId: string, pointId: string, at: number): Promise<boolean> {
  let current: string | null = null
  for (const e of await store.staffHistory(verifierId)) {
    if (e.at > at) break
    const data = e.data as { pointId?: string | null; after?: { pointId?: string | null } }
    current = e.action === 'staff.create' ? data.pointId ?? null : data.after?.pointId ?? current
  }
  return current === pointId
}

export class RecordScans {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  /** A scan whose point cannot be confirmed is refused (its key is listed in `refused`), never moved elsewhere. */
  async execute(actor: Actor, reports: ScanReport[]): Promise<{ accepted: number; duplicates: number; keys: string[]; refused: string[] }> {
    const { store, clock } = this.deps
    if (!actor.staff) throw new AppError('FORBIDDEN')
    const now = clock.now()
    const points = new Map<string, { id: string; region: string } | null>()
    const pointFor = async (r: ScanReport) => {
      const id = r.pointId ?? actor.staff!.pointId
      if (!id) return null
      const key = `${id}@${id === actor.staff!.pointId ? 'now' : r.scannedAt}`
      if (!points.has(key)) {
        const point = await store.points.find(id)
        const inRegion = point && point.region === actor.staff!.region
        const openThen = point && (point.status === 'open' || r.scannedAt <= point.updatedAt)
        const assigned = id === actor.staff!.pointId || (await wasAssigned(store, actor.accountId, id, r.scannedAt))
        points.set(key, inRegion && openThen && assigned ? { id: point!.id, region: point!.region } : null)
      }
      return points.get(key) ?? null
    }
    const placed = await Promise.all(reports.map(async r => ({ r, point: await pointFor(r) })))
    return store.transaction(async tx => {
      let accepted = 0
      const refused: string[] = []
      for (const { r, point } of placed) {
        if (!point) { refused.push(r.idempotencyKey); continue }
        if (await tx.scans.record(scanFrom(r, actor, point, now))) accepted++
      }
      return { accepted, duplicates: reports.length - accepted - refused.length, keys: reports.map(r => r.idempotencyKey), refused }
    })
  }
}
