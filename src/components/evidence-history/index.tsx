// Every status change of the person, newest first, with its source: the rules, an import's re-audit,
// or a manual change (requester + approver), and the rule or reason behind it.
import { Text, View } from '@tarojs/components'
import { ruleLabel } from '@/components/evidence-status'
import { STATUS_ICON } from '@/components/status-badge'
import { actorLabel } from '@/features/auditor/actor-label'
import { statusReason } from '@/features/auditor/labels'
import type { HistoryItem } from '@core/api/contract/review'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function EvidenceHistory({ history, me }: { history: HistoryItem[]; me: string | null }) {
  const { t, lang } = useI18n()
  if (history.length === 0) return <Text className='label muted'>{t('auditCase.noHistory')}</Text>
  return (
    <View id='evidence-history' className='evidence-history'>
      {history.map((h, i) => (
        <View key={`${h.at}-${i}`} className='evidence-history__item' data-source={h.source}>
          <Text className='evidence-history__head'>
            {`${chinaDateTime(h.at)} · ${h.from ? `${STATUS_ICON[h.from]} ${t(`status.${h.from}`)} → ` : ''}${STATUS_ICON[h.record.status]} ${t(`status.${h.record.status}`)}`}
          </Text>
          <Text className='evidence-history__line'>{`${t('audit.reason')}：${statusReason(lang, h.record.reason) || t('auditCase.none')} · ${t('auditCase.rule')}：${ruleLabel(h.record, t('auditCase.manual'))}`}</Text>
          <Text className='evidence-history__line'>{`${t('auditCase.source')}：${t(`auditCase.source.${h.source}`)} · ${t('auditCase.actor')}：${actorLabel(h.actor, me, t('auditCase.you'))}`}</Text>
        </View>
      ))}
    </View>
  )
}
