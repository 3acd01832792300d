import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { RiskArea, RiskAreaStore } from '../../../ports/risk-area-store'

export class RiskAreaRepository implements RiskAreaStore {
  constructor(private readonly db: Kysely<Database>) {}

  async all() {
    const rows = await this.db.selectFrom('risk_areas').selectAll().execute()
    return rows.map(r => ({ id: r.id, regionCode: r.region_code, level: r.level, from: r.from_date, to: r.to_date, source: r.source }))
  }

  async atCodes(codes: string[]) {
    if (codes.length === 0) return []
    const rows = await this.db.selectFrom('risk_areas').selectAll().where('region_code', 'in', codes).execute()
    return rows.map(r => ({ id: r.id, regionCode: r.region_code, level: r.level, from: r.from_date, to: r.to_date, source: r.source }))
  }

  async insertImported(a: RiskArea, importId: string, at: number) {
    const r = await this.db.insertInto('risk_areas').values({ id: a.id, region_code: a.regionCode, level: a.level, from_date: a.from, to_date: a.to, source: a.source, created_at: at, import_id: importId })
      .onConflict(oc => oc.columns(['region_code', 'level', 'from_date', 'to_date']).doNothing()).executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async insert(a: RiskArea, at: number) {
    await this.db.insertInto('risk_areas').values({ id: a.id, region_code: a.regionCode, level: a.level, from_date: a.from, to_date: a.to, source: a.source, created_at: at, import_id: null })
      .onConflict(oc => oc.columns(['region_code', 'level', 'from_date', 'to_date']).doNothing()).execute()
  }
}
