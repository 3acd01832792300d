// Words for a status set under a reason code the apps do not know: a region's published rules may use
// codes of their own, and the holder then reads the description of the rule that set the status (as
// docs/rules.md promises), not the code. Read only when such a code is there: the common case costs nothing.
import { DEFAULT_RULE_SET, isKnownReason, type StatusRecord, type Texts } from '@core/rules'
import type { RuleSetStore } from '../../ports/rule-set-store'

export type RuleDescriber = (record: StatusRecord) => Texts | null

export async function ruleDescriptions(ruleSets: Pick<RuleSetStore, 'latest'>, region: string | null, records: StatusRecord[]): Promise<RuleDescriber> {
  const unknown = records.some(r => r.reason && r.ruleId && !isKnownReason(r.reason))
  if (!unknown || !region) return () => null
  const published = await ruleSets.latest(region)
  const rules = (published?.file.ruleSet ?? DEFAULT_RULE_SET).rules
  const byId = new Map(rules.map(rule => [rule.id, rule.description]))
  return record => (record.ruleId ? byId.get(record.ruleId) ?? null : null)
}
