// Public reads: anyone, signed in or not, may see the rules in force and the risk areas.
import { callFunction } from '@/services/cloud'

export const fetchRulesCurrent = () => callFunction('rules-current', {})
export const fetchRegions = (parent?: string) => callFunction('region-list', parent ? { parent } : {})
