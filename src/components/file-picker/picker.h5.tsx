// H5: a real <input type=file>, visually hidden inside its label, which is what people see: the button's
// words and the chosen file's name, both in the page's language (the browser would write its own
// "Choose File / No file chosen" in its own language). The input stays in the page: Tab reaches it (the
// label shows the focus), Enter or Space opens the chooser, screen readers read the label, tests set
// files on it. Read with FileReader.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { useI18n } from '@/i18n/use-i18n'
import { hasExtension, type FilePickerProps } from './props'

function readAs(file: File, read: 'base64' | 'text'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error)
    reader.onload = () => {
      const value = String(reader.result ?? '')
      // A data URL is "data:<mime>;base64,<data>": only the data is sent.
      resolve(read === 'base64' ? value.slice(value.indexOf(',') + 1) : value)
    }
    if (read === 'base64') reader.readAsDataURL(file)
    else reader.readAsText(file, 'utf-8')
  })
}

export default function Picker({ id, label, extensions, read, maxBytes, disabled, onFile, onProblem }: FilePickerProps) {
  const { t } = useI18n()
  const [chosen, setChosen] = useState<string | null>(null)
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = '' // choosing the same file again must fire again
    if (!file) return
    if (!hasExtension(file.name, extensions)) return onProblem('wrongType')
    if (file.size > maxBytes) return onProblem('tooLarge')
    try {
      const content = await readAs(file, read)
      setChosen(file.name)
      onFile({ name: file.name, size: file.size, content })
    } catch {
      onProblem('unreadable')
    }
  }
  return (
    <label className={`file-picker__button ${disabled ? 'file-picker__button--off' : ''}`} htmlFor={id}>
      <Text className='file-picker__label'>{label}</Text>
      <Text id={`${id}-chosen`} className='file-picker__chosen'>{chosen ? t('filePicker.chosen', { name: chosen }) : t('filePicker.none')}</Text>
      <input id={id} type='file' className='file-picker__input' disabled={disabled} aria-describedby={`${id}-chosen`}
        accept={extensions.map((e) => `.${e}`).join(',')} onChange={(e) => void pick(e.currentTarget)} />
    </label>
  )
}
