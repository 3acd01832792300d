import type { CompiledRuleSet } from '@core/rules'

/** The status rules in force for a region. Built-in rules now; published, signed rule sets replace them. */
import type { Store } from './store'

export interface RuleSource {
  /** `store` is the caller's (possibly transactional) store: on SQLite a read outside it would wait forever. */
  current(region: string, store: Store): Promise<CompiledRuleSet>
}
