// The rules in force, as the public and admins read them: which set (published or built in, version),
// then each rule in evaluation order with its colour (icon + words), what it means, the reason a holder
// sees and how the status ends. The CertLogic expression is one tap away: rules are published, not opaque.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import StatusBadge from '@/components/status-badge'
import { describeExit } from '@core/rules/exit-description'
import { reasonText } from '@core/rules/reason-texts'
import type { CurrentRules } from '@core/api/contract/rules'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function RuleList({ current }: { current: Pick<CurrentRules, 'source' | 'version' | 'ruleSet' | 'publishedAt'> }) {
  const { t, lang } = useI18n()
  const [logic, setLogic] = useState<string | null>(null)
  const pick = (x: { zh: string; en: string } | null) => (x ? (lang === 'en' ? x.en : x.zh) : '')
  const set = current.ruleSet
  return (
    <View id='rule-list' className='rule-list'>
      <Text id='rules-version' className='rule-list__head'>
        {t(current.source === 'published' ? 'rulesView.published' : 'rulesView.builtIn', { id: set.id, version: current.version })}
      </Text>
      <Text className='rule-list__desc'>{pick(set.description)}</Text>
      <Text className='label muted'>{t('rulesView.validFrom', { at: chinaDateTime(set.validFrom) })}</Text>
      <Text className='label muted'>{t('rulesView.order')}</Text>
      {set.rules.map((r, i) => (
        <View key={r.id} id={`rule-${r.id}`} className={`rule-list__rule rule-list__rule--${r.status}`}>
          <View className='rule-list__top'>
            <Text className='rule-list__n'>{`${i + 1}.`}</Text>
            <StatusBadge status={r.status} />
          </View>
          <Text className='rule-list__text'>{pick(r.description)}</Text>
          <Text className='rule-list__line'>{`${t('rulesView.reason')}：${pick(reasonText(r.reason))}`}</Text>
          <Text className='rule-list__line'>{pick(describeExit({ status: r.status, exit: r.exit, earliestExitAt: null }))}</Text>
          <Text className='rule-list__id'>{`${r.id}@${set.version}`}</Text>
          <Text id={`rule-${r.id}-logic-toggle`} className='link' onClick={() => setLogic(logic === r.id ? null : r.id)}>
            {logic === r.id ? t('rulesView.hideLogic') : t('rulesView.showLogic')}
          </Text>
          {logic === r.id && <Text className='rule-list__logic'>{JSON.stringify(r.when, null, 1)}</Text>}
        </View>
      ))}
      <Text className='rule-list__line'>{`✓ ${t('rulesView.noMatch')}`}</Text>
    </View>
  )
}
