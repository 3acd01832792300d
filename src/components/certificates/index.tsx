// Optional certificates: nucleic-acid test results (counted from the sampling date) and vaccination.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import ChoiceChips from '@/components/choice-chips'
import DateField from '@/components/date-field'
import FieldMessage from '@/components/field-message'
import TextField from '@/components/text-field'
import type { TestRow } from '@/features/declaration/form-model'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface CertificatesProps {
  tests: TestRow[]
  doses: number | null
  lastDoseDate: string
  today: string
  onTests: (tests: TestRow[]) => void
  onVaccination: (doses: number | null, lastDoseDate: string) => void
  error: (path: string) => string | null
}

const DOSES = ['0', '1', '2', '3', '4'] as const

export default function Certificates({ tests, doses, lastDoseDate, today, onTests, onVaccination, error }: CertificatesProps) {
  const { t } = useI18n()
  const set = (i: number, patch: Partial<TestRow>) => onTests(tests.map((row, j) => (j === i ? { ...row, ...patch } : row)))
  return (
    <View className='certificates'>
      <Text className='label'>{t('declare.tests')}</Text>
      {tests.map((row, i) => (
        <View key={row.key} id={`test-${i}`} className='certificates__row'>
          <ChoiceChips id={`test-${i}-result`} options={[{ value: 'negative', label: t('test.negative') }, { value: 'positive', label: t('test.positive') }]}
            selected={[row.result]} onToggle={(result) => set(i, { result })} />
          <DateField id={`test-${i}-sampled`} label={t('declare.sampledAt')} value={row.sampledAt} max={today} onChange={(sampledAt) => set(i, { sampledAt })} error={error(`tests.${i}.sampledAt`)} />
          <TextField id={`test-${i}-institution`} label={t('declare.institution')} value={row.institution} maxlength={60} onInput={(institution) => set(i, { institution })} error={error(`tests.${i}.institution`)} />
          <View id={`test-${i}-remove`} className='certificates__remove' onClick={() => onTests(tests.filter((_, j) => j !== i))}><Text>✕ {t('declare.remove')}</Text></View>
        </View>
      ))}
      {tests.length < 5 && (
        <ActionButton id='add-test' kind='plain' label={t('declare.addTest')} onClick={() => onTests([...tests, { key: Date.now(), result: 'negative', sampledAt: today, institution: '' }])} />
      )}
      <Text className='label'>{t('declare.vaccination')}</Text>
      <Text className='muted'>{t('declare.doses')}</Text>
      {/* Tapping the chosen count again clears it: the section is optional. */}
      <ChoiceChips id='doses' options={DOSES.map((d) => ({ value: d, label: d === '0' ? t('declare.noDose') : d }))} selected={doses === null ? [] : [String(doses) as (typeof DOSES)[number]]}
        onToggle={(d) => onVaccination(doses === Number(d) ? null : Number(d), lastDoseDate)} />
      <FieldMessage text={error('vaccination.doses')} />
      {doses !== null && doses > 0 && (
        <DateField id='last-dose' label={t('declare.lastDose')} value={lastDoseDate} max={today} onChange={(d) => onVaccination(doses, d)} error={error('vaccination.lastDoseDate')} />
      )}
    </View>
  )
}
