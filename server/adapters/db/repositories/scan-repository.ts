import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import type { PointDayStats, Scan, ScanStore } from '../../../ports/scan-store'

type Row = Database['scans']
const toScan = (r: Row): Scan => ({
  id: r.id, verifierId: r.verifier_id, pointId: r.point_id, region: r.region, idempotencyKey: r.idempotency_key,
  scannedAt: Number(r.scanned_at), receivedAt: Number(r.received_at), verdict: r.verdict, reasons: JSON.parse(r.reasons),
  kind: r.kind as Scan['kind'], status: r.status as Scan['status'], holder: r.holder, holderRegion: r.holder_region, offline: Number(r.offline) === 1
})

export class ScanRepository implements ScanStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(s: Scan) {
    const r = await this.db.insertInto('scans').values({
      id: s.id, verifier_id: s.verifierId, point_id: s.pointId, region: s.region, idempotency_key: s.idempotencyKey,
      scanned_at: s.scannedAt, received_at: s.receivedAt, verdict: s.verdict, reasons: JSON.stringify(s.reasons), kind: s.kind,
      status: s.status, holder: s.holder, holder_region: s.holderRegion, offline: s.offline ? 1 : 0
    }).onConflict(oc => oc.columns(['verifier_id', 'idempotency_key']).doNothing()).executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async byVerifier(verifierId: string, limit: number) {
    return (await this.db.selectFrom('scans').selectAll().where('verifier_id', '=', verifierId).orderBy('scanned_at', 'desc').limit(limit).execute()).map(toScan)
  }

  async byHolder(holder: string, limit: number) {
    return (await this.db.selectFrom('scans').selectAll().where('holder', '=', holder).orderBy('scanned_at', 'desc').limit(limit).execute()).map(toScan)
  }

  async count(verifierId: string) {
    const r = await this.db.selectFrom('scans').select(eb => eb.fn.countAll<number>().as('n')).where('verifier_id', '=', verifierId).executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  async statsByPoint(region: string, fromMs: number, toMs: number): Promise<PointDayStats[]> {
    const n = (cond: ReturnType<typeof sql>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`
    const rows = await this.db.selectFrom('scans')
      .select(['point_id', eb => eb.fn.countAll<number>().as('scans'),
        n(sql`verdict = 'valid'`).as('valid'), n(sql`verdict <> 'valid'`).as('invalid'),
        n(sql`status = 'red'`).as('red'), n(sql`status = 'yellow'`).as('yellow')])
      .where('region', '=', region).where('scanned_at', '>=', fromMs).where('scanned_at', '<', toMs)
      .groupBy('point_id').execute()
    return rows.map(r => ({ pointId: r.point_id, scans: Number(r.scans), valid: Number(r.valid), invalid: Number(r.invalid), red: Number(r.red), yellow: Number(r.yellow) }))
  }
}
