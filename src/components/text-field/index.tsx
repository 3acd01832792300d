// A labelled input with its note and its zh/en field message right below it; the input is named by the
// label and described by the note and the message (field-message/field-a11y.ts).
import { Input, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import { fieldIds, inputA11y } from '@/components/field-message/field-a11y'
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
  const ids = fieldIds(id)
  return (
    <View className={`text-field ${error ? 'text-field--error' : ''}`}>
      <Text id={ids.label} className='label'>{label}</Text>
      <Input id={id} className='input text-field__input' type={type} value={value} maxlength={maxlength} placeholder={placeholder}
        onInput={(e) => onInput(e.detail.value)} {...inputA11y(id, label, { note: !!note, error })} />
      {note && <Text id={ids.note} className='text-field__note'>{note}</Text>}
      <FieldMessage field={id} text={error} />
    </View>
  )
}
