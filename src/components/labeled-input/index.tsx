// A labelled input for staff forms, with its zh/en problem right below it; the input is named by the
// label and described by the problem (field-message/field-a11y.ts).
import { Input, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import { fieldIds, inputA11y } from '@/components/field-message/field-a11y'

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
      <Text id={fieldIds(id).label} className='label'>{label}</Text>
      <Input id={id} className='input' type={type} value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)}
        {...inputA11y(id, label, { error })} />
      <FieldMessage field={id} text={error} />
    </View>
  )
}
