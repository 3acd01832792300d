// The busy/notice/error plumbing every admin page shares: run a call, say what happened in zh/en.
import { useCallback, useState } from 'react'
import type { FunctionResult } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { adminErrorKey, fieldIssues } from './messages'

export interface Notice {
  key: MessageKey
  vars?: Record<string, string | number>
}

export function useAdminCall() {
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const [issues, setIssues] = useState<Record<string, string>>({})

  /** Runs `call`; on success shows `done` (if any) and returns the data, else shows why (`errorKey`: a page's own words for a code) and returns null. */
  const run = useCallback(async <T,>(call: () => Promise<FunctionResult<T>>, done?: (data: T) => Notice | null, errorKey: (code: number) => MessageKey | null = adminErrorKey): Promise<T | null> => {
    setBusy(true)
    setNotice(null)
    setError(null)
    setIssues({})
    try {
      const r = await call()
      if (r.code === 0 && r.data !== undefined) {
        setNotice(done?.(r.data) ?? null)
        return r.data
      }
      setIssues(fieldIssues(r))
      setError(errorKey(r.code))
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  return { busy, notice, error, issues, run, setError }
}
