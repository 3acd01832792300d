// Records scans against the collection point the verifier was assigned to when scanning — checked
// against the session and the assignment history, never taken on trust from the request — each exactly
// once: a repeated idempotency key, e.g. from an interrupted and retried sync, changes nothing.
import { AppError } from '@core/api/app-error'
import type { ScanReport, ScansRecorded, scanRecord } from '@core/api/contract/verifier'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { scanFrom, type PlacedPoint } from './scan-placement'

/** Whether the verifier was assigned to `pointId` at `at`, from the staff history in the audit log. */
async function wasAssigned(store: Pick<Store, 'staffHistory'>, verifierId: string, pointId: string, at: number): Promise<boolean> {
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
  async execute(actor: Actor, { scans: reports }: ParsedInputOf<typeof scanRecord>): Promise<ScansRecorded> {
    const { store, clock } = this.deps
    const staff = actor.staff
    if (!staff) throw new AppError('FORBIDDEN')
    const now = clock.now()
    const points = new Map<string, PlacedPoint | null>()
    const pointFor = async (r: ScanReport) => {
      const id = r.pointId ?? staff.pointId
      if (!id) return null
      const key = `${id}@${id === staff.pointId ? 'now' : r.scannedAt}`
      if (!points.has(key)) {
        const point = await store.points.find(id)
        const inRegion = point && point.region === staff.region
        const openThen = point && (point.status === 'open' || r.scannedAt <= point.updatedAt)
        const assigned = id === staff.pointId || (await wasAssigned(store, actor.accountId, id, r.scannedAt))
        points.set(key, point && inRegion && openThen && assigned ? { id: point.id, region: point.region } : null)
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
