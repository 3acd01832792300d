// One case in the auditor's queue: its kind and category, the reference the person was given, state,
// when, and the person masked.
import { Text, View } from '@tarojs/components'
import MaskedPerson from '@/components/masked-person'
import { CASE_STATE, labelOr } from '@/features/auditor/labels'
import type { QueueCase } from '@core/api/contract/review'
import { formatReference } from '@core/validation/reference-number'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function CaseCard({ item, onOpen }: { item: QueueCase; onOpen: () => void }) {
  const { t } = useI18n()
  const state = CASE_STATE[item.state]
  return (
    <View id={`case-${item.id}`} className='case-card' data-kind={item.kind} data-state={item.state} onClick={onOpen}>
      <Text className='case-card__kind'>{`${t(`audit.kind.${item.kind}`)} · ${labelOr(t, `category.${item.category}`, item.category)}`}</Text>
      {item.reference && <Text className='case-card__line case-card__reference'>{t('reference.label', { ref: formatReference(item.reference) })}</Text>}
      <MaskedPerson person={item.person} />
      <Text className='case-card__line'>{`${state.icon} ${t(state.key)} · ${chinaDateTime(item.createdAt)}`}</Text>
      <Text className='case-card__open'>{`${t('audit.openEvidence')} ›`}</Text>
    </View>
  )
}
