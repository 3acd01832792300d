// 案件证据 (auditor): one correction, appeal or flag with everything behind the person's status, the
// decision, and a manual change request for this person. Every read here is logged by the host.
import { Text, View } from '@tarojs/components'
import AttachmentList from '@/components/attachment-list'
import ChangeRequestForm from '@/components/change-request-form'
import ConsoleColumns from '@/components/console-columns'
import DeclarationSummary from '@/components/declaration-summary'
import DecisionForm from '@/components/decision-form'
import EvidenceHistory from '@/components/evidence-history'
import EvidenceStatus from '@/components/evidence-status'
import FieldMessage from '@/components/field-message'
import ImportedRecords from '@/components/imported-records'
import MaskedPerson from '@/components/masked-person'
import { CASE_STATE, decisionReason, labelOr } from '@/features/auditor/labels'
import { useCaseDecision } from '@/features/auditor/use-case-decision'
import { useCaseEvidence } from '@/features/auditor/use-case-evidence'
import { useChangeRequest } from '@/features/auditor/use-change-request'
import { formatReference } from '@core/validation/reference-number'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'

export default function CasePage() {
  const { t, lang } = useI18n()
  const ev = useCaseEvidence()
  const e = ev.evidence
  const decision = useCaseDecision(ev.kind, ev.id, () => void ev.load())
  const req = useChangeRequest(ev.kind ? { kind: ev.kind, id: ev.id } : null, e?.person?.holder ?? null, () => void ev.load())
  const open = e && (e.case.state === 'open' || e.case.state === 'in-review')
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('auditCase.title')}</Text>
      <FieldMessage text={ev.error ? t(ev.error) : null} />
      {!e && !ev.error && <Text className='label muted'>{t('common.loading')}</Text>}
      {e && (
        <ConsoleColumns
          left={
            <View>
              <View id='case-summary' className='card' data-state={e.case.state}>
                <Text className='label'>{`${t(`audit.kind.${e.case.kind}`)} · ${labelOr(t, `category.${e.case.category}`, e.case.category)}`}</Text>
                {e.case.reference && <Text id='case-reference' className='label'>{t('reference.label', { ref: formatReference(e.case.reference) })}</Text>}
                <Text id='case-state' className='label'>{`${CASE_STATE[e.case.state].icon} ${t(CASE_STATE[e.case.state].key)} · ${chinaDateTime(e.case.createdAt)}`}</Text>
                <MaskedPerson person={e.person} />
                {e.person && <Text id='case-holder' className='label muted'>{t('audit.holder', { holder: e.person.holder })}</Text>}
                <Text className='label'>{t('auditCase.description')}</Text>
                <Text id='case-description' className='label'>{e.case.description ?? t('auditCase.none')}</Text>
                <AttachmentList attachments={e.case.attachments} views={ev.attachments} onOpen={(id) => void ev.openAttachment(id)} />
                {e.case.decision && (
                  <Text id='case-decision' className='label'>
                    {t('auditCase.decided', { outcome: t(`auditCase.${e.case.decision.outcome}`), reason: decisionReason(lang, e.case.decision.reasonCode), note: e.case.decision.note })}
                  </Text>
                )}
              </View>
              <FieldMessage kind='info' text={decision.result ? t(decision.result.changeId ? 'auditCase.decidedWithChange' : 'auditCase.decidedDone') : null} />
              {open && <DecisionForm form={decision.form} busy={decision.busy} error={decision.error} onChange={decision.setForm} onSubmit={() => void decision.submit()} />}
              {e.person && (
                <ChangeRequestForm id='case-change' form={req.form} errors={req.errors} holderFixed fromCase busy={req.busy}
                  error={req.error} done={req.made !== null} onChange={req.setForm} onSubmit={() => void req.submit()} />
              )}
            </View>
          }
          right={
            <View>
              <EvidenceStatus status={e.status} />
              <View className='card'>
                <Text className='label'>{t('auditCase.history')}</Text>
                <EvidenceHistory history={e.history} me={ev.me} />
              </View>
              <View className='card'>
                <Text className='label'>{t('auditCase.declaration')}</Text>
                <DeclarationSummary declaration={e.declaration} />
              </View>
              <View className='card'>
                <Text className='label'>{t('auditCase.records')}</Text>
                <ImportedRecords records={e.records} provenance={e.provenance} me={ev.me} />
              </View>
            </View>
          }
        />
      )}
    </View>
  )
}
