// One file chosen by the user, read whole: base64 for spreadsheets (sent as is), text for JSON.
export interface PickedFile {
  name: string
  size: number
  content: string
}

export type PickProblem = 'tooLarge' | 'unreadable' | 'unsupported' | 'wrongType'

export interface FilePickerProps {
  /** Element id of the control (the H5 `<input type=file>`, the mini-program button). */
  id: string
  label: string
  /** File extensions without the dot, e.g. ['csv', 'xlsx']. */
  extensions: string[]
  read: 'base64' | 'text'
  /** Largest accepted size in bytes (the host refuses bigger bodies anyway). */
  maxBytes: number
  disabled?: boolean
  onFile: (file: PickedFile) => void
  onProblem: (problem: PickProblem) => void
}

export function hasExtension(name: string, extensions: string[]): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase())
}
