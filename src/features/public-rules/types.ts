// What `rules-current` answers (public): the rule set in force and the risk areas (docs/api.md).
import type { RuleSet } from '@core/rules/rule-set'

export type { Rule, RuleSet } from '@core/rules/rule-set'

export type RiskLevel = 'high' | 'medium' | 'low'

export interface RiskArea {
  regionCode: string
  level: RiskLevel
  from: string
  to: string
}

export interface RulesCurrent {
  source: 'published' | 'built-in'
  version: number
  publishedAt: number | null
  ruleSet: RuleSet
  riskAreas: RiskArea[]
}
