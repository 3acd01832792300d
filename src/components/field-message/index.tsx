// A field's error: a symbol and words, never colour alone; large enough to read.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface FieldMessageProps {
  /** Already translated text; nothing renders when empty. */
  text?: string | null
  kind?: 'error' | 'info'
}

export default function FieldMessage({ text, kind = 'error' }: FieldMessageProps) {
  if (!text) return null
  return (
    <View className={`field-message field-message--${kind}`} aria-live='polite'>
      <Text className='field-message__icon'>{kind === 'error' ? '⚠ ' : 'ℹ '}</Text>
      <Text className='field-message__text'>{text}</Text>
    </View>
  )
}
