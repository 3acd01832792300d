// Deciding a case: upheld or rejected, a reason from the fixed list and a note. Upholding may also ask
// for a status change (colour + its own reason), which waits for a second auditor like any other.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import OptionChips from '@/components/option-chips'
import { STATUS_CHOICES } from '@/components/change-request-form'
import { CHANGE_REASON_CODES, DECISION_REASON_CODES } from '@core/review/reason-codes'
import { changeReason, decisionReason } from '@/features/auditor/labels'
import type { DecisionForm as Form } from '@/features/auditor/use-case-decision'
import type { MessageKey } from '@/i18n'
import { useI18n } from '@/i18n/use-i18n'

export interface DecisionFormProps {
  form: Form
  busy: boolean
  error: MessageKey | null
  onChange: (patch: Partial<Form>) => void
  onSubmit: () => void
}

export default function DecisionForm({ form, busy, error, onChange, onSubmit }: DecisionFormProps) {
  const { t, lang } = useI18n()
  return (
    <View id='decision' className='card'>
      <Text className='label'>{t('auditCase.decide')}</Text>
      <OptionChips id='decision-outcome' value={form.outcome} onChange={(outcome) => onChange({ outcome })}
        options={[{ value: 'upheld', label: `✓ ${t('auditCase.upheld')}` }, { value: 'rejected', label: `⊘ ${t('auditCase.rejected')}` }]} />
      <Text className='label'>{t('audit.form.reason')}</Text>
      <OptionChips id='decision-reason' value={form.reasonCode} onChange={(reasonCode) => onChange({ reasonCode })}
        options={DECISION_REASON_CODES.map((c) => ({ value: c, label: decisionReason(lang, c) }))} />
      <LabeledInput id='decision-note' label={t('audit.form.note')} value={form.note} maxlength={500} onInput={(note) => onChange({ note })} />
      {form.outcome === 'upheld' && (
        <View>
          <OptionChips id='decision-with-change' value={form.withChange ? 'yes' : 'no'} onChange={(v) => onChange({ withChange: v === 'yes' })}
            options={[{ value: 'no', label: t('auditCase.noChange') }, { value: 'yes', label: t('auditCase.withChange') }]} />
          {form.withChange && (
            <View>
              <Text className='label'>{t('audit.form.toStatus')}</Text>
              <OptionChips id='decision-status' value={form.toStatus} onChange={(toStatus) => onChange({ toStatus })}
                options={STATUS_CHOICES.map((s) => ({ value: s.value, label: `${s.icon} ${t(`status.${s.value}`)}` }))} />
              <Text className='label'>{t('auditCase.changeReason')}</Text>
              <OptionChips id='decision-change-reason' value={form.changeReason} onChange={(v) => onChange({ changeReason: v })}
                options={CHANGE_REASON_CODES.map((c) => ({ value: c, label: changeReason(lang, c) }))} />
              <Text className='label muted'>{t('audit.form.dualControl')}</Text>
            </View>
          )}
        </View>
      )}
      <FieldMessage text={error ? t(error) : null} />
      <ActionButton id='decision-submit' disabled={busy} label={t('auditCase.submit')} onClick={onSubmit} />
    </View>
  )
}
