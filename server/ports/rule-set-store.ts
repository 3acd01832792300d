import type { SignedRuleSetFile } from '@core/rules'

export interface PublishedRuleSet {
  region: string
  version: number
  file: SignedRuleSetFile
  publishedBy: string
  publishedAt: number
}

export interface RuleSetStore {
  latest(region: string): Promise<PublishedRuleSet | null>
  latestVersion(region: string): Promise<number | null>
  insert(published: PublishedRuleSet): Promise<void>
}
