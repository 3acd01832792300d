import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { PublishedRuleSet, RuleSetStore } from '../../../ports/rule-set-store'
import { rawRows } from '../raw-query'

export class RuleSetRepository implements RuleSetStore {
  constructor(private readonly db: Kysely<Database>) {}

  async latest(region: string) {
    const r = await this.db.selectFrom('rule_sets').selectAll().where('region', '=', region).orderBy('version', 'desc').limit(1).executeTakeFirst()
    return r ? { region, version: Number(r.version), file: JSON.parse(r.file_json), publishedBy: r.published_by, publishedAt: Number(r.published_at) } : null
  }

  /** Read on every audit (one indexed read), so every worker uses a newly published set at once. */
  async latestVersion(region: string) {
    const rows = await rawRows<{ v: number | null }>(this.db, 'select max(version) as v from rule_sets where region = $1', [region])
    return rows[0]?.v === null || rows[0]?.v === undefined ? null : Number(rows[0].v)
  }

  async insert(p: PublishedRuleSet) {
    await this.db.insertInto('rule_sets').values({
      region: p.region, version: p.version, id: p.file.ruleSet.id, valid_from: p.file.ruleSet.validFrom, file_json: JSON.stringify(p.file),
      published_by: p.publishedBy, published_at: p.publishedAt
    }).execute()
  }
}
