// Mini-programs: the platform's own date picker.
import { Picker, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import { useI18n } from '@/i18n/use-i18n'
import type { DateFieldProps } from './props'
import './index.css'

export default function DateField({ id, label, value, min, max, onChange, error }: DateFieldProps) {
  const { t } = useI18n()
  return (
    <View className='date-field'>
      <Text className='label'>{label}</Text>
      <Picker mode='date' value={value || max || ''} start={min} end={max} onChange={(e) => onChange(String(e.detail.value))}>
        <View id={id} className={`input date-field__value ${error ? 'date-field--error' : ''}`}>
          <Text>{value || t('date.choose')}</Text>
        </View>
      </Picker>
      <FieldMessage text={error} />
    </View>
  )
}
