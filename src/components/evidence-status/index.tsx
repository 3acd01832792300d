// The person's status as the evidence shows it: colour (icon + words), the reason, the rule (id and
// version, or "manual"), when it was set, how it ends, and the facts it was decided on.
import { Text, View } from '@tarojs/components'
import FactsSummary from '@/components/facts-summary'
import StatusBadge from '@/components/status-badge'
import { describeExit } from '@core/rules/exit-description'
import type { StatusRecord } from '@core/rules/status-transition'
import { statusReason, textIn } from '@/features/auditor/labels'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'

export const ruleLabel = (r: Pick<StatusRecord, 'ruleId' | 'ruleVersion'>, manual: string) =>
  r.ruleId === 'manual' ? manual : r.ruleId ? `${r.ruleId}@${r.ruleVersion ?? '?'}` : '—'

export default function EvidenceStatus({ status }: { status: { record: StatusRecord; inputs: unknown } | null }) {
  const { t, lang } = useI18n()
  if (!status) return <Text id='evidence-status' className='label muted'>{t('audit.noStatus')}</Text>
  const r = status.record
  return (
    <View id='evidence-status' className='card' data-status={r.status}>
      <Text className='label'>{t('auditCase.status')}</Text>
      <StatusBadge status={r.status} size='large' />
      <Text className='label'>{`${t('audit.reason')}：${statusReason(lang, r.reason) || t('auditCase.none')}`}</Text>
      <Text className='label'>{`${t('auditCase.rule')}：${ruleLabel(r, t('auditCase.manual'))}`}</Text>
      <Text className='label'>{t('auditCase.setAt', { at: chinaDateTime(r.setAt) })}</Text>
      {r.status !== 'green' && <Text className='label'>{textIn(lang, describeExit(r))}</Text>}
      <Text className='label'>{t('auditCase.inputs')}</Text>
      <FactsSummary id='status-facts' facts={status.inputs} />
    </View>
  )
}
