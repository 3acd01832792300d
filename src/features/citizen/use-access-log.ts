// 访问记录: every access to the holder's code or status, fetched each time the page shows.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ReturnCode } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from './messages'
import { fetchAccessLog } from './transparency-api'
import type { AccessEntry } from '@core/api/contract/citizen'

export function useAccessLog() {
  const [entries, setEntries] = useState<AccessEntry[] | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const reload = useCallback(async () => {
    const r = await fetchAccessLog()
    if (r.code === ReturnCode.OK && r.data) {
      setEntries(Array.isArray(r.data.entries) ? r.data.entries : [])
      setError(null)
    } else setError(citizenErrorKey(r.code) ?? 'error.internal')
  }, [])
  useDidShow(() => void reload())
  return { entries, error, reload }
}
