// The rules in force: the region's newest published (signed, verified on upload) rule set, compiled once
// per version; until a region publishes one, the built-in set (the practice in PRODUCT.md).
import { compileRuleSet, CompiledRuleSet } from '@core/rules'
import type { RuleSource } from '../../ports/rule-source'
import type { Store } from '../../ports/store'
import { BuiltInRuleSource } from './built-in-rule-source'

export class PublishedRuleSource implements RuleSource {
  private readonly compiled = new Map<string, CompiledRuleSet>()
  private readonly builtIn = new BuiltInRuleSource()

  async current(region: string, store: Store): Promise<CompiledRuleSet> {
    const version = await store.ruleSets.latestVersion(region)
    if (version === null) return this.builtIn.current(region)
    const key = `${region}@${version}`
    let set = this.compiled.get(key)
    if (!set) {
      const published = await store.ruleSets.latest(region)
      set = compileRuleSet(published!.file.ruleSet)
      this.compiled.set(key, set)
    }
    return set
  }
}
