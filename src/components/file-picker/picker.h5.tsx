// H5: a real <input type=file> (visible through its label, so keyboard and screen readers reach it;
// tests set files on it directly). Read with FileReader.
import { Text } from '@tarojs/components'
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
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = '' // choosing the same file again must fire again
    if (!file) return
    if (!hasExtension(file.name, extensions)) return onProblem('wrongType')
    if (file.size > maxBytes) return onProblem('tooLarge')
    try {
      onFile({ name: file.name, size: file.size, content: await readAs(file, read) })
    } catch {
      onProblem('unreadable')
    }
  }
  return (
    <label className={`file-picker__button ${disabled ? 'file-picker__button--off' : ''}`}>
      <Text>{label}</Text>
      <input id={id} type='file' className='file-picker__input' disabled={disabled}
        accept={extensions.map((e) => `.${e}`).join(',')} onChange={(e) => void pick(e.currentTarget)} />
    </label>
  )
}
