// The status rules' wire contracts: anyone reads the rules in force and the risk areas; a region admin
// publishes a rule set signed offline (docs/rules.md).
import { z } from 'zod'
import type { RuleSet } from '@core/rules/rule-set'
import type { SignedRuleSetFile } from '@core/rules/signed-rule-set'
import { regionCodeSchema } from '@core/validation/common'
import { defineContract } from './define'
import type { JobProgress } from './imports'

export type RiskLevel = 'high' | 'medium' | 'low'

/** A risk area as published: where, how high, and the China days it applies (YYYY-MM-DD). */
export interface PublishedRiskArea {
  regionCode: string
  level: RiskLevel
  from: string
  to: string
}

/** The rule set in force for a region: published and signed, or the built-in one until then. */
export interface CurrentRules {
  source: 'published' | 'built-in'
  version: number
  publishedAt: number | null
  ruleSet: RuleSet
  /** The signed file, so anyone can check the signature themselves; null for the built-in set. */
  signed: SignedRuleSetFile | null
  riskAreas: PublishedRiskArea[]
}

export interface PublishedRules {
  version: number
  /** The re-audit of every citizen of the region under the new set. */
  job: JobProgress
}

export const rulesCurrent = defineContract<CurrentRules>()('rules-current', z.object({ region: regionCodeSchema.optional() }).strict())
// Only the file's shape: the host verifies the signature and the set itself, and names each refusal.
export const rulesPublish = defineContract<PublishedRules>()('rules-publish',
  z.object({ signed: z.object({ ruleSet: z.unknown(), cose: z.unknown() }).passthrough() }).strict())

export const RULES_CONTRACTS = [rulesCurrent, rulesPublish] as const
