// A labelled input with its note and its zh/en field message right below it.
import { Input, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import './index.css'

export interface TextFieldProps {
  id: string
  label: string
  value: string
  onInput: (v: string) => void
  placeholder?: string
  type?: 'text' | 'digit' | 'idcard' | 'number'
  maxlength?: number
  note?: string
  error?: string | null
}

export default function TextField({ id, label, value, onInput, placeholder, type = 'text', maxlength = 140, note, error }: TextFieldProps) {
  return (
    <View className={`text-field ${error ? 'text-field--error' : ''}`}>
      <Text className='label'>{label}</Text>
      <Input id={id} className='input text-field__input' type={type} value={value} maxlength={maxlength} placeholder={placeholder}
        onInput={(e) => onInput(e.detail.value)} />
      {note && <Text className='text-field__note'>{note}</Text>}
      <FieldMessage text={error} />
    </View>
  )
}
