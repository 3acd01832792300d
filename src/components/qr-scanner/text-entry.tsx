// The code as text: typed by a USB/Bluetooth scanner gun (which acts as a keyboard) or pasted.
// The button stays enabled (a disabled plain button renders its label invisibly); empty text does nothing.
import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'

export default function TextEntry({ onText }: { onText: (text: string) => void }) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const submit = () => {
    const v = text.trim()
    if (!v) return
    setText('')
    onText(v)
  }
  return (
    <View className='qr-scanner__entry'>
      <Text className='label'>{t('scanner.pasteLabel')}</Text>
      <Textarea id='code-text' className='qr-scanner__text' value={text} maxlength={8192} placeholder='HZ1:…'
        onInput={(e) => setText(e.detail.value)} />
      <ActionButton id='verify-text' kind='plain' label={t('scanner.verifyText')} onClick={submit} />
    </View>
  )
}
