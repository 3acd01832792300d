// 审核工作台 (auditor): the queue of cases, the manual changes waiting for a second auditor, and a
// manual change request by holder. No one auditor can change a status alone (Henan 2022).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import CaseCard from '@/components/case-card'
import ChangeCard from '@/components/change-card'
import ChangeRequestForm from '@/components/change-request-form'
import ConsoleColumns from '@/components/console-columns'
import FieldMessage from '@/components/field-message'
import { linkedCase } from '@/features/auditor/labels'
import { caseUrl } from '@/features/auditor/routes'
import { useAuditQueue } from '@/features/auditor/use-audit-queue'
import { useChangeRequest } from '@/features/auditor/use-change-request'
import { useI18n } from '@/i18n/use-i18n'

export default function AuditQueuePage() {
  const { t } = useI18n()
  const q = useAuditQueue()
  const req = useChangeRequest(null, null, () => void q.load())
  const cases = q.queue?.cases ?? []
  const changes = q.queue?.changes ?? []
  const openCase = (c: { kind: 'correction' | 'appeal' | 'flag'; id: string }) => void Taro.navigateTo({ url: caseUrl(c.kind, c.id) })
  return (
    <View className='page'>
      <Text className='page__title'>{t('audit.title')}</Text>
      <FieldMessage text={q.error ? t(q.error) : null} />
      <FieldMessage kind='info' text={q.notice ? t(q.notice) : null} />
      <ConsoleColumns
        left={
          <View id='queue-cases'>
            <Text className='label'>{t('audit.cases', { n: cases.length })}</Text>
            {q.queue && cases.length === 0 && <Text className='label muted'>{t('audit.noCases')}</Text>}
            {cases.map((c) => <CaseCard key={`${c.kind}-${c.id}`} item={c} onOpen={() => openCase(c)} />)}
          </View>
        }
        right={
          <View id='queue-changes'>
            <Text className='label'>{t('audit.changes', { n: changes.length })}</Text>
            {q.queue && changes.length === 0 && <Text className='label muted'>{t('audit.noChanges')}</Text>}
            {changes.map((c) => (
              <ChangeCard key={c.id} change={c} note={q.cardNotes[c.id] ?? null} rejectNote={q.rejectNotes[c.id] ?? ''} busy={q.busy}
                onRejectNote={(v) => q.setRejectNote(c.id, v)} onApprove={() => void q.approve(c)} onReject={() => void q.reject(c)}
                onOpenCase={linkedCase(c.evidence) ? () => openCase(linkedCase(c.evidence)!) : undefined} />
            ))}
            <ChangeRequestForm id='manual-change' form={req.form} errors={req.errors} holderFixed={false} fromCase={false} busy={req.busy}
              error={req.error} done={req.made !== null} onChange={req.setForm} onSubmit={() => void req.submit()} />
          </View>
        }
      />
      <ActionButton id='refresh' kind='plain' disabled={q.busy} label={t('staffCommon.refresh')} onClick={() => void q.load()} />
    </View>
  )
}
