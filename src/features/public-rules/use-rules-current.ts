// The rules in force and the risk areas, with the areas' names looked up as they arrive.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { generalErrorKey } from '@/features/auth/messages'
import type { MessageKey } from '@/i18n'
import { regionName } from './region-names'
import { fetchRulesCurrent } from './rules-api'
import type { CurrentRules } from '@core/api/contract/rules'

export function useRulesCurrent() {
  const [rules, setRules] = useState<CurrentRules | null>(null)
  const [names, setNames] = useState<Record<string, string>>({})
  const [error, setError] = useState<MessageKey | null>(null)

  const load = useCallback(async () => {
    const r = await fetchRulesCurrent()
    if (r.code !== 0 || !r.data?.ruleSet) return setError(generalErrorKey(r.code) ?? 'error.internal')
    setError(null)
    setRules(r.data)
    const codes = [...new Set((r.data.riskAreas ?? []).map((a) => a.regionCode))].slice(0, 50)
    for (const code of codes) {
      void regionName(code).then((name) => name && setNames((n) => ({ ...n, [code]: name })))
    }
  }, [])

  useDidShow(() => void load())
  return { rules, names, error, load }
}
