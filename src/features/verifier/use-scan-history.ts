// The verifier's own recent scans: what the host has recorded, plus what still waits on this phone.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ReturnCode } from '@core/api/return-codes'
import { generalErrorKey } from '@/features/auth/messages'
import type { MessageKey } from '@/i18n'
import { fetchHistory } from './verifier-api'
import { pendingFor } from './scan-queue'
import type { HistoryScan } from '@core/api/contract/verifier'

export function pendingAsHistory(accountId: string): HistoryScan[] {
  return pendingFor(accountId)
    .map((q) => ({ scannedAt: q.scannedAt, verdict: q.updateNeeded ? 'update-needed' as const : q.valid ? 'valid' as const : 'invalid' as const, status: q.status, kind: q.kind, reasons: q.reasons, offline: q.offline }))
    .sort((a, b) => b.scannedAt - a.scannedAt)
}

export function useScanHistory(accountId: string | null) {
  const [uploaded, setUploaded] = useState<HistoryScan[] | null>(null)
  const [pending, setPending] = useState<HistoryScan[]>([])
  const [error, setError] = useState<MessageKey | null>(null)
  const [loading, setLoading] = useState(false)

  const load = useCallback(async () => {
    if (!accountId) return
    setPending(pendingAsHistory(accountId))
    setLoading(true)
    const r = await fetchHistory(100)
    setLoading(false)
    if (r.code === ReturnCode.OK && Array.isArray(r.data?.scans)) {
      setUploaded(r.data!.scans)
      setError(null)
    } else setError(generalErrorKey(r.code))
  }, [accountId])

  useDidShow(() => void load())

  return { uploaded, pending, error, loading, load }
}
