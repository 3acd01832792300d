// The status rules in force for a region, public: the published, signed set (with its signature, so anyone
// can check it) or the built-in set until one is published, and the risk areas the rules refer to.
import { DEFAULT_RULE_SET } from '@core/rules'
import type { CurrentRules, rulesCurrent } from '@core/api/contract/rules'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { RiskAreaStore } from '../../ports/risk-area-store'
import type { RuleSetStore } from '../../ports/rule-set-store'

export interface CurrentRulesDeps {
  ruleSets: Pick<RuleSetStore, 'latest'>
  riskAreas: Pick<RiskAreaStore, 'all'>
  /** This host's region, asked about when the caller names none. */
  region: string
}

export class GetCurrentRules {
  constructor(private readonly deps: CurrentRulesDeps) {}

  async execute({ region = this.deps.region }: ParsedInputOf<typeof rulesCurrent>): Promise<CurrentRules> {
    const published = await this.deps.ruleSets.latest(region)
    const rules = published
      ? { source: 'published' as const, version: published.version, publishedAt: published.publishedAt, ruleSet: published.file.ruleSet, signed: published.file }
      : { source: 'built-in' as const, version: DEFAULT_RULE_SET.version, publishedAt: null, ruleSet: { ...DEFAULT_RULE_SET, region }, signed: null }
    const riskAreas = (await this.deps.riskAreas.all()).map(a => ({ regionCode: a.regionCode, level: a.level, from: a.from, to: a.to }))
    return { ...rules, riskAreas }
  }
}
