// 数据导入: choose the source and a CSV/XLSX file, upload it, see the region's earlier imports. A new
// upload opens its detail page (progress, row report, preview, approval); the same file again is
// answered with the earlier import and changes nothing, which the page says in so many words.
import { useCallback, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type { PickedFile, PickProblem } from '@/components/file-picker'
import type { MessageKey } from '@/i18n'
import { listImports, uploadImport } from './import-api'
import type { ImportSource, ImportView } from '@core/api/contract/imports'
import { opsErrorKey } from './ops-messages'
import { importDetailUrl } from './routes'

/** The host takes at most 24 MB of base64; 18 MB of file stays under it. */
export const MAX_IMPORT_BYTES = 18 * 1024 * 1024

const PROBLEM_KEYS: Record<PickProblem, MessageKey> = {
  tooLarge: 'dataImport.tooLarge',
  unreadable: 'dataImport.unreadable',
  unsupported: 'dataImport.unsupported',
  wrongType: 'dataImport.wrongType'
}

export function useImports() {
  const [imports, setImports] = useState<ImportView[] | null>(null)
  const [source, setSource] = useState<ImportSource | null>(null)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [duplicate, setDuplicate] = useState<ImportView | null>(null)

  const load = useCallback(async () => {
    const r = await listImports()
    if (r.code === 0 && Array.isArray(r.data?.imports)) setImports(r.data!.imports)
    else setError(opsErrorKey(r.code))
  }, [])
  useDidShow(() => void load())

  const choose = (f: PickedFile) => {
    setFile(f)
    setError(null)
    setDuplicate(null)
  }
  const problem = (p: PickProblem) => {
    setFile(null)
    setError(PROBLEM_KEYS[p])
  }
  const pickSource = (s: ImportSource) => {
    setSource(s)
    setError(null)
  }

  const upload = async () => {
    if (!source || !file) return setError(!source ? 'dataImport.chooseSource' : 'dataImport.chooseFile')
    setBusy(true)
    setError(null)
    setDuplicate(null)
    try {
      const r = await uploadImport({ source, fileName: file.name, contentBase64: file.content })
      if (r.code !== 0 || !r.data) return setError(r.issues?.some((i) => i.path.endsWith('fileName')) ? 'dataImport.wrongType' : opsErrorKey(r.code))
      setFile(null)
      if (r.data.duplicate) {
        setDuplicate(r.data.import)
        return
      }
      await Taro.navigateTo({ url: importDetailUrl(r.data.import.id) })
    } finally {
      setBusy(false)
    }
  }

  const open = (id: string) => void Taro.navigateTo({ url: importDetailUrl(id) })

  return { imports, source, file, busy, error, duplicate, load, choose, problem, pickSource, upload, open }
}
