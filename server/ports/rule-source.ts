import type { CompiledRuleSet } from '@core/rules'

/** The status rules in force for a region. Built-in rules now; published, signed rule sets replace them. */
export interface RuleSource {
  current(region: string): Promise<CompiledRuleSet>
}
