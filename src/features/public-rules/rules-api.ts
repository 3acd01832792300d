// Public reads: anyone, signed in or not, may see the rules in force and the risk areas.
import { callFunction } from '@/services/cloud'
import type { RulesCurrent } from './types'

export const fetchRulesCurrent = () => callFunction<RulesCurrent>('rules-current', {})
export const fetchRegions = (parent?: string) => callFunction<{ regions: { code: string; name: string }[] }>('region-list', parent ? { parent } : {})
