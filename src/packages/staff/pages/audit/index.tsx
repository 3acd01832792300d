// 审核工作台 (auditor): the queue of cases, the manual changes waiting for a second auditor, a manual
// change request by holder, and identity checks (accounts frozen for binding after trying someone else's
// ID number). No one auditor can change a status, or move an identity, alone (Henan 2022).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import CaseCard from '@/components/case-card'
import ChangeCard from '@/components/change-card'
import ChangeRequestForm from '@/components/change-request-form'
import ConsoleColumns from '@/components/console-columns'
import FieldMessage from '@/components/field-message'
import RecoveryCard from '@/components/recovery-card'
import ReferenceLookup from '@/components/reference-lookup'
import { linkedCase } from '@/features/auditor/labels'
import { caseUrl } from '@/features/auditor/routes'
import { useAuditQueue } from '@/features/auditor/use-audit-queue'
import { useChangeRequest } from '@/features/auditor/use-change-request'
import { useIdentityRecovery } from '@/features/auditor/use-identity-recovery'
import { useReferenceLookup } from '@/features/auditor/use-reference-lookup'
import { useI18n } from '@/i18n/use-i18n'

export default function AuditQueuePage() {
  const { t } = useI18n()
  const q = useAuditQueue()
  const req = useChangeRequest(null, null, () => void q.load())
  const rec = useIdentityRecovery(q.load)
  const lookup = useReferenceLookup()
  const cases = q.queue?.cases ?? []
  const changes = q.queue?.changes ?? []
  const recoveries = q.queue?.recoveries ?? []
  const openCase = (c: { kind: 'correction' | 'appeal' | 'flag'; id: string }) => void Taro.navigateTo({ url: caseUrl(c.kind, c.id) })
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('audit.title')}</Text>
      <FieldMessage text={q.error ? t(q.error) : null} />
      <FieldMessage kind='info' text={q.notice ? t(q.notice) : null} />
      <ReferenceLookup value={lookup.typed} error={lookup.error ? t(lookup.error) : null} onInput={lookup.setTyped} onFind={lookup.find} />
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
      <View id='queue-recoveries'>
        <Text className='label'>{t('recovery.title', { n: recoveries.length })}</Text>
        <Text className='label muted'>{t('recovery.intro')}</Text>
        <FieldMessage kind='info' text={rec.done ? t(rec.done) : null} />
        {q.queue && recoveries.length === 0 && <Text className='label muted'>{t('recovery.none')}</Text>}
        {recoveries.map((r) => (
          <RecoveryCard key={r.id} item={r} evidence={rec.evidence[r.id] ?? null} note={rec.notes[r.id] ?? ''} cardNote={rec.cardNotes[r.id] ?? null} busy={rec.busy}
            onShow={() => void rec.show(r)} onNote={(v) => rec.setNote(r.id, v)} onRequest={(attemptId) => void rec.request(r, attemptId)}
            onApprove={() => void rec.approve(r)} onClose={() => void rec.close(r)} />
        ))}
      </View>
      <ActionButton id='refresh' kind='plain' disabled={q.busy} label={t('staffCommon.refresh')} onClick={() => void q.load()} />
    </View>
  )
}
