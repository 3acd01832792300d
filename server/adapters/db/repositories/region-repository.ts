import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Region, RegionStore } from '../../../ports/region-store'

export class RegionRepository implements RegionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(code: string) {
    const r = await this.db.selectFrom('regions').select(['code', 'name']).where('code', '=', code).executeTakeFirst()
    return r ?? null
  }

  async ensure(region: Region, at: number) {
    await this.db.insertInto('regions').values({ code: region.code, name: region.name, created_at: at })
      .onConflict(oc => oc.column('code').doNothing()).execute()
  }
}
