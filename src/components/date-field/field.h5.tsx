// H5: the browser's date input (a real <input>, so min/max are enforced by the browser's picker).
import { Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import type { DateFieldProps } from './props'
import './index.css'

export default function DateField({ id, label, value, min, max, onChange, error }: DateFieldProps) {
  return (
    <View className='date-field'>
      <Text className='label'>{label}</Text>
      <input id={id} className={`input date-field__native ${error ? 'date-field--error' : ''}`} type='date' value={value} min={min} max={max}
        aria-label={label} onChange={(e) => onChange(e.target.value)} />
      <FieldMessage text={error} />
    </View>
  )
}
