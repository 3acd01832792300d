// The declaration's basic-information and health sections (GB/T 38962 data classes).
import { Text, View } from '@tarojs/components'
import ChoiceChips from '@/components/choice-chips'
import FieldMessage from '@/components/field-message'
import IdDocumentFields from '@/components/id-document-fields'
import RegionPicker from '@/components/region-picker'
import TextField from '@/components/text-field'
import { CONDITIONS, CONTACT_LEVELS, SYMPTOMS, type Condition } from '@core/declaration/vocabulary'
import type { DeclarationDraft } from '@/features/declaration/form-model'
import { useI18n } from '@/i18n/use-i18n'

export interface SectionProps {
  form: DeclarationDraft
  patch: (p: Partial<DeclarationDraft>) => void
  error: (path: string) => string | null
}

/** `today`: YYYY-MM-DD in China time, the latest birth date a document may state. */
export function BasicSection({ form, patch, error, phone, today }: SectionProps & { phone: string | null; today: string }) {
  const { t } = useI18n()
  return (
    <View className='card'>
      <Text className='page__title'>{t('declare.basic')}</Text>
      <TextField id='name' label={t('declare.name')} value={form.name} maxlength={30} placeholder={t('declare.namePlaceholder')} onInput={(name) => patch({ name })} error={error('basic.name')} />
      <IdDocumentFields form={form} patch={patch} error={error} today={today} />
      <RegionPicker id='household' label={t('declare.household')} value={form.householdRegion} onChange={(householdRegion) => patch({ householdRegion })} error={error('basic.householdRegion')} />
      <TextField id='address' label={t('declare.address')} value={form.address} maxlength={120} placeholder={t('declare.addressPlaceholder')} onInput={(address) => patch({ address })} error={error('basic.address')} />
      <Text className='muted'>{t('declare.phone')}{phone ? `：${phone}` : ''}</Text>
    </View>
  )
}

export function HealthSection({ form, patch, error }: SectionProps) {
  const { t } = useI18n()
  // "None" excludes the others, and choosing any other clears "none".
  const toggleCondition = (c: Condition) => {
    const on = form.conditions.includes(c)
    const rest = form.conditions.filter((x) => x !== c && (c === 'none' ? false : x !== 'none'))
    patch({ conditions: on ? rest : [...rest, c] })
  }
  return (
    <View className='card'>
      <Text className='page__title'>{t('declare.health')}</Text>
      <TextField id='temperature' type='digit' label={t('declare.temperature')} value={form.temperature} maxlength={5} placeholder={t('declare.temperaturePlaceholder')}
        onInput={(temperature) => patch({ temperature })} error={error('health.temperature')} />
      <Text className='label'>{t('declare.symptoms')}</Text>
      <ChoiceChips id='symptoms' multiple options={SYMPTOMS.map((s) => ({ value: s, label: t(`symptom.${s}`) }))} selected={form.symptoms}
        onToggle={(s) => patch({ symptoms: form.symptoms.includes(s) ? form.symptoms.filter((x) => x !== s) : [...form.symptoms, s] })} />
      <Text className='label'>{t('declare.conditions')}</Text>
      <ChoiceChips id='conditions' multiple options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))} selected={form.conditions} onToggle={toggleCondition} />
      <Text className='label'>{t('declare.contact')}</Text>
      <ChoiceChips id='contact' options={CONTACT_LEVELS.map((c) => ({ value: c, label: t(`contact.${c}`) }))} selected={[form.contact]} onToggle={(contact) => patch({ contact })} />
      <FieldMessage text={error('contact')} />
    </View>
  )
}
