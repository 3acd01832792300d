// 赋码规则 (public, signed out too): the rules in force and the risk areas, read-only. Every status a
// holder sees names one of these rules; here anyone can read what each means and how it ends.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LanguageSwitch from '@/components/language-switch'
import RiskAreaList from '@/components/risk-area-list'
import RuleList from '@/components/rule-list'
import { useRulesCurrent } from '@/features/public-rules/use-rules-current'
import { useI18n } from '@/i18n/use-i18n'

export default function PublicRulesPage() {
  const { t } = useI18n()
  const r = useRulesCurrent()
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('rulesView.title')}</Text>
      <LanguageSwitch />
      <Text className='label muted'>{t('rulesView.intro')}</Text>
      <FieldMessage text={r.error ? t(r.error) : null} />
      {!r.rules && !r.error && <Text className='label muted'>{t('common.loading')}</Text>}
      {r.rules && (
        <View>
          <RuleList current={r.rules} />
          <Text className='page__title'>{t('rulesView.areas')}</Text>
          <RiskAreaList areas={r.rules.riskAreas} names={r.names} />
        </View>
      )}
      <ActionButton id='refresh' kind='plain' label={t('rulesView.refresh')} onClick={() => void r.load()} />
    </View>
  )
}
