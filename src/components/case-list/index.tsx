// The holder's corrections or appeals: what, its reference (to read out on the hotline), when, where it
// stands (icon + words) and, once decided, the auditor's reason in the holder's language.
import { Text, View } from '@tarojs/components'
import { formatReference } from '@core/validation/reference-number'
import { chinaDateTime } from '@/i18n/time'
import type { OwnCase } from '@/features/citizen/types'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const STATES = ['open', 'in-review', 'upheld', 'rejected']
const ICONS: Record<string, string> = { open: '○', 'in-review': '⟳', upheld: '✓', rejected: '✕' }
const CATEGORIES = ['trip', 'test', 'vaccination', 'identity', 'status', 'other']

export interface CaseListProps {
  kind: 'correction' | 'appeal'
  cases: OwnCase[]
}

export default function CaseList({ kind, cases }: CaseListProps) {
  const { t, lang } = useI18n()
  if (cases.length === 0) return <Text className='muted'>{t('correction.none')}</Text>
  const state = (s: string) => (STATES.includes(s) ? t(`${kind}.state.${s}` as MessageKey) : s)
  const what = (c: OwnCase) => (kind === 'appeal' ? t('appeal.item') : CATEGORIES.includes(c.category) ? t(`category.${c.category}` as MessageKey) : c.category)
  return (
    <View className='case-list'>
      {cases.map((c) => (
        <View key={c.id} id={`${kind}-${c.id}`} className='case-list__item' data-state={c.state}>
          <Text className='case-list__head'>{what(c)} · {ICONS[c.state] ?? '•'} {state(c.state)}</Text>
          {c.reference && <Text className='case-list__reference'>{t('reference.label', { ref: formatReference(c.reference) })}</Text>}
          <Text className='case-list__at'>{t('cases.filedAt')}：{chinaDateTime(c.createdAt)}</Text>
          {c.decision && <Text className='case-list__at'>{t('cases.decidedAt')}：{chinaDateTime(c.decision.at)}</Text>}
          {c.decision?.reasonText && <Text className='case-list__reason'>{lang === 'en' ? c.decision.reasonText.en : c.decision.reasonText.zh}</Text>}
        </View>
      ))}
    </View>
  )
}
