// A field's error: a symbol and words, never colour alone; large enough to read. With the field's id it
// carries the id its input's aria-describedby names (field-a11y.ts), so the error is read with the field.
import { Text, View } from '@tarojs/components'
import { fieldIds } from './field-a11y'
import './index.css'

export interface FieldMessageProps {
  /** Already translated text; nothing renders when empty. */
  text?: string | null
  kind?: 'error' | 'info'
  /** The field's id: the message becomes `${field}-message`, the target of the input's aria-describedby. */
  field?: string
}

export default function FieldMessage({ text, kind = 'error', field }: FieldMessageProps) {
  if (!text) return null
  // An error is an alert: screen readers say it the moment it appears, not only when the field is next read.
  const live = kind === 'error' ? { role: 'alert' } : { 'aria-live': 'polite' }
  return (
    <View className={`field-message field-message--${kind}`} {...(field ? { id: fieldIds(field).message } : {})} {...live}>
      <Text className='field-message__icon' aria-hidden>{kind === 'error' ? '⚠ ' : 'ℹ '}</Text>
      <Text className='field-message__text'>{text}</Text>
    </View>
  )
}
