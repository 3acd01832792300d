// The built-in rule set (src/core/rules/default-rule-set.ts, the practice in PRODUCT.md), compiled once per
// region. Published, signed rule sets uploaded by a region replace it behind the same RuleSource port.
import { compileRuleSet, CompiledRuleSet, defaultRuleSet } from '@core/rules'
import type { RuleSource } from '../../ports/rule-source'

export class BuiltInRuleSource implements RuleSource {
  private readonly compiled = new Map<string, CompiledRuleSet>()

  async current(region: string): Promise<CompiledRuleSet> {
    let set = this.compiled.get(region)
    if (!set) {
      set = compileRuleSet({ ...defaultRuleSet(), region })
      this.compiled.set(region, set)
    }
    return set
  }
}
