// The identity document of the declaration: its type (GB/T 38962 证件类型), its number, and the
// particulars that type's number does not carry (nationality for a passport; sex and birth date).
// Each field shows its own zh/en message from the shared check (src/core/identity).
import { Text, View } from '@tarojs/components'
import ChoiceChips from '@/components/choice-chips'
import DateField from '@/components/date-field'
import FieldMessage from '@/components/field-message'
import NationalityPicker from '@/components/nationality-picker'
import TextField from '@/components/text-field'
import { ID_TYPES, SEXES } from '@core/declaration/vocabulary'
import { ID_CHECKERS } from '@core/identity/id-types'
import type { DeclarationDraft } from '@/features/declaration/form-model'
import { useI18n } from '@/i18n/use-i18n'

export interface IdDocumentFieldsProps {
  form: DeclarationDraft
  patch: (p: Partial<DeclarationDraft>) => void
  error: (path: string) => string | null
  /** YYYY-MM-DD in China time: the latest birth date. */
  today: string
}

/** Numbers of these types are digits and X only: the ID-card keyboard on mini-programs. */
const DIGITS_AND_X = ['resident-id', 'hmt-residence-permit']

export default function IdDocumentFields({ form, patch, error, today }: IdDocumentFieldsProps) {
  const { t } = useI18n()
  const asks = ID_CHECKERS[form.idType].asks
  return (
    <View className='id-document-fields'>
      <Text className='label'>{t('declare.idType')}</Text>
      <ChoiceChips id='id-type' label={t('declare.idType')} options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} selected={[form.idType]}
        onToggle={(idType) => patch({ idType })} />
      <FieldMessage text={error('basic.idType')} />
      <TextField id='id-number' type={DIGITS_AND_X.includes(form.idType) ? 'idcard' : 'text'} label={t('declare.idNumber')} value={form.idNumber}
        maxlength={ID_CHECKERS[form.idType].maxLength} placeholder={t(`declare.idNumberPlaceholder.${form.idType}`)}
        note={t('declare.idNumberNote')} onInput={(idNumber) => patch({ idNumber })} error={error('basic.idNumber')} />
      {asks.includes('nationality') && (
        <NationalityPicker id='nationality' label={t('declare.nationality')} value={form.nationality} onChange={(nationality) => patch({ nationality })} error={error('basic.nationality')} />
      )}
      {asks.includes('sex') && (
        <View>
          <Text className='label'>{t('declare.sex')}</Text>
          <ChoiceChips id='sex' label={t('declare.sex')} options={SEXES.map((v) => ({ value: v, label: t(`sex.${v}`) }))} selected={form.sex ? [form.sex] : []}
            onToggle={(sex) => patch({ sex })} />
          <FieldMessage text={error('basic.sex')} />
        </View>
      )}
      {asks.includes('birthDate') && (
        <DateField id='birth-date' label={t('declare.birthDate')} value={form.birthDate} min='1900-01-01' max={today} onChange={(birthDate) => patch({ birthDate })}
          error={error('basic.birthDate')} />
      )}
    </View>
  )
}
