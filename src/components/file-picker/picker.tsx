// Mini-programs: WeChat's chooseMessageFile (a file from a chat: how staff receive spreadsheets on a
// phone), read through the file-system manager. Where the platform has no such API (Alipay), say so.
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import { hasExtension, type FilePickerProps } from './props'

type Fs = { readFileSync: (path: string, encoding: string) => string }

export default function Picker({ id, label, extensions, read, maxBytes, disabled, onFile, onProblem }: FilePickerProps) {
  const pick = async () => {
    const choose = (Taro as unknown as { chooseMessageFile?: typeof Taro.chooseMessageFile }).chooseMessageFile
    if (typeof choose !== 'function') return onProblem('unsupported')
    let r: { tempFiles?: { name: string; size: number; path: string }[] } | undefined
    try {
      r = await choose({ count: 1, type: 'file', extension: extensions })
    } catch (err) {
      // Closing the chooser is no problem; any other failure is.
      if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err))) return
      return onProblem('unsupported')
    }
    // Taro answers an API the platform lacks with a stub that returns nothing (Alipay has no chooser).
    if (!r || !Array.isArray(r.tempFiles)) return onProblem('unsupported')
    const file = r.tempFiles[0]
    if (!file) return
    if (!hasExtension(file.name, extensions)) return onProblem('wrongType')
    if (file.size > maxBytes) return onProblem('tooLarge')
    try {
      const fs = Taro.getFileSystemManager() as unknown as Fs
      onFile({ name: file.name, size: file.size, content: fs.readFileSync(file.path, read === 'base64' ? 'base64' : 'utf8') })
    } catch {
      onProblem('unreadable')
    }
  }
  return <ActionButton id={id} kind='plain' disabled={disabled} label={label} onClick={() => void pick()} />
}
