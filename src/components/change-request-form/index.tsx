// Asking for a manual status change: the person (holder pseudonym), the colour, a reason from the fixed
// list, a note and linked evidence. The form says up front that a second auditor must approve.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import OptionChips from '@/components/option-chips'
import { CHANGE_REASON_CODES } from '@core/review/reason-codes'
import { EVIDENCE_KINDS, type ChangeForm, type ChangeFormErrors } from '@/features/auditor/change-form'
import { changeReason } from '@/features/auditor/labels'
import type { HealthStatus } from '@core/credential/format'
import type { MessageKey } from '@/i18n'
import { useI18n } from '@/i18n/use-i18n'

export const STATUS_CHOICES: { value: HealthStatus; icon: string }[] = [
  { value: 'red', icon: '✕' },
  { value: 'yellow', icon: '!' },
  { value: 'green', icon: '✓' }
]

export interface ChangeRequestFormProps {
  id: string
  form: ChangeForm
  errors: ChangeFormErrors
  /** The holder came from the case or the queue and is not typed. */
  holderFixed: boolean
  fromCase: boolean
  busy: boolean
  error: MessageKey | null
  done: boolean
  onChange: (patch: Partial<ChangeForm>) => void
  onSubmit: () => void
}

export default function ChangeRequestForm(p: ChangeRequestFormProps) {
  const { t, lang } = useI18n()
  const err = (k: keyof ChangeForm) => (p.errors[k] ? t(p.errors[k]!) : null)
  return (
    <View id={p.id} className='card'>
      <Text className='label'>{t('audit.form.title')}</Text>
      <Text className='label muted'>{t('audit.form.dualControl')}</Text>
      {p.holderFixed
        ? <Text className='label'>{t('audit.form.holderIs', { holder: p.form.holder })}</Text>
        : <LabeledInput id={`${p.id}-holder`} label={t('audit.form.holder')} value={p.form.holder} maxlength={11} error={err('holder')} onInput={(holder) => p.onChange({ holder })} />}
      {p.holderFixed && <FieldMessage text={err('holder')} />}
      <Text className='label'>{t('audit.form.toStatus')}</Text>
      <OptionChips id={`${p.id}-status`} value={p.form.toStatus} onChange={(toStatus) => p.onChange({ toStatus })}
        options={STATUS_CHOICES.map((s) => ({ value: s.value, label: `${s.icon} ${t(`status.${s.value}`)}` }))} />
      <FieldMessage text={err('toStatus')} />
      <Text className='label'>{t('audit.form.reason')}</Text>
      <OptionChips id={`${p.id}-reason`} value={p.form.reasonCode} onChange={(reasonCode) => p.onChange({ reasonCode })}
        options={CHANGE_REASON_CODES.map((c) => ({ value: c, label: changeReason(lang, c) }))} />
      <FieldMessage text={err('reasonCode')} />
      <LabeledInput id={`${p.id}-note`} label={t('audit.form.note')} value={p.form.note} maxlength={500} error={err('note')} onInput={(note) => p.onChange({ note })} />
      <Text className='label'>{p.fromCase ? t('audit.form.moreEvidence') : t('audit.form.evidence')}</Text>
      <OptionChips id={`${p.id}-evidence-kind`} value={p.form.evidenceKind} onChange={(evidenceKind) => p.onChange({ evidenceKind })}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`audit.evidenceKind.${k}`) }))} />
      <LabeledInput id={`${p.id}-evidence-ref`} label={t('audit.form.evidenceRef')} value={p.form.evidenceRef} maxlength={100} error={err('evidenceRef')}
        onInput={(evidenceRef) => p.onChange({ evidenceRef })} />
      <FieldMessage text={p.error ? t(p.error) : null} />
      <FieldMessage kind='info' text={p.done ? t('audit.form.requested') : null} />
      <ActionButton id={`${p.id}-submit`} disabled={p.busy} label={t('audit.form.submit')} onClick={p.onSubmit} />
    </View>
  )
}
