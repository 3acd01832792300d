// A labelled input for staff forms, with its zh/en problem right below it.
import { Input, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'

export interface LabeledInputProps {
  id: string
  label: string
  value: string
  onInput: (v: string) => void
  type?: 'text' | 'number'
  maxlength?: number
  placeholder?: string
  error?: string | null
}

export default function LabeledInput({ id, label, value, onInput, type = 'text', maxlength = 120, placeholder, error }: LabeledInputProps) {
  return (
    <View className='labeled-input'>
      <Text className='label'>{label}</Text>
      <Input id={id} className='input' type={type} value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} />
      <FieldMessage text={error} />
    </View>
  )
}
