// The scan page: a scanned text is decided on the device at once, queued, and shown; a paper code is
// also looked up online when the host is reachable. The page shows one result at a time.
import { useCallback, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import type { HealthStatus } from '@core/credential/format'
import type { AccountView } from '@core/api/contract/auth'
import { ReturnCode } from '@core/api/return-codes'
import { hasRole, pointOf } from './staff-account'
import { lookupPaper, processScan, type ScanResult } from './scan-flow'
import { isReachable } from './reachability'
import { knownOffline } from './network'
import { useDeskSync } from './use-desk-sync'
import type { PaperLookupState } from './types'

export interface DeskResult extends ScanResult {
  paper: PaperLookupState
  paperStatus: HealthStatus | null
}

export function useVerifierDesk(account: AccountView | null) {
  const [visible, setVisible] = useState(true)
  const [result, setResult] = useState<DeskResult | null>(null)
  const [busy, setBusy] = useState(false)
  const accountId = account?.id ?? null
  const canScan = hasRole(account, 'verifier') && pointOf(account) !== null
  const sync = useDeskSync(accountId, visible && canScan)

  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))

  const onText = useCallback(async (text: string) => {
    if (!accountId || busy || !text.trim()) return
    setBusy(true)
    try {
      const r = await processScan(text, accountId, pointOf(account))
      const lookup = r.view.valid && r.view.paper
      const online = isReachable() && !knownOffline()
      setResult({ ...r, paper: !lookup ? 'none' : online ? 'looking' : 'offline', paperStatus: null })
      sync.refresh()
      if (lookup && online) {
        const p = await lookupPaper(text, r.report.idempotencyKey)
        const paper: PaperLookupState = p.code === ReturnCode.OK ? 'found' : p.code === ReturnCode.NETWORK ? 'offline' : 'failed'
        setResult((cur) => (cur?.report.idempotencyKey === r.report.idempotencyKey ? { ...cur, paper, paperStatus: p.status } : cur))
      }
      void sync.upload()
    } finally {
      setBusy(false)
    }
  }, [accountId, account, busy, sync])

  const next = useCallback(() => setResult(null), [])

  return { ...sync, result, busy, onText, next, canScan, visible, pointId: pointOf(account) }
}
