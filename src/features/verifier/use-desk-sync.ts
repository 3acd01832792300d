// Keeps the verifier's device current while the scan page is visible: the trust list every
// `syncSeconds` (and at once when shown or reconnected), the scan queue uploaded whenever it holds
// anything, both retried every TICK_MS after a failure. Scanning itself never waits for any of it.
import { useCallback, useEffect, useState } from 'react'
import { serverNowMs } from '@/features/citizen/wallet'
import { ReturnCode } from '@core/api/return-codes'
import { loadTrust, syncEveryOf, trustAgeSeconds, type StoredTrust } from './trust-store'
import { syncTrust } from './trust-sync'
import { flushQueue } from './scan-sync'
import { pendingFor } from './scan-queue'
import { isReachable, noteAnswer, onReachability } from './reachability'
import { watchNetwork } from './network'

export const TICK_MS = 15_000

export function useDeskSync(accountId: string | null, active: boolean) {
  const [trust, setTrust] = useState<StoredTrust | null>(loadTrust)
  const [pending, setPending] = useState(() => (accountId ? pendingFor(accountId).length : 0))
  const [reachable, setReachable] = useState(isReachable)
  const [syncing, setSyncing] = useState(false)
  const [now, setNow] = useState(serverNowMs)

  useEffect(() => onReachability(setReachable), [])

  const refresh = useCallback(() => {
    setTrust(loadTrust())
    setNow(serverNowMs())
    if (accountId) setPending(pendingFor(accountId).length)
  }, [accountId])

  const syncLists = useCallback(async () => {
    setSyncing(true)
    const r = await syncTrust()
    setSyncing(false)
    refresh()
    return r.code
  }, [refresh])

  const upload = useCallback(async () => {
    if (!accountId || !pendingFor(accountId).length) return ReturnCode.OK
    const r = await flushQueue(accountId)
    refresh()
    return r.code
  }, [accountId, refresh])

  useEffect(() => {
    if (!active) return undefined
    void syncLists().then(() => upload())
    const timer = setInterval(() => {
      const t = loadTrust()
      const age = trustAgeSeconds(t, serverNowMs())
      if (age === null || age >= syncEveryOf(t) || !isReachable()) void syncLists()
      void upload()
      refresh()
    }, TICK_MS)
    const stop = watchNetwork((online) => {
      noteAnswer(online ? ReturnCode.OK : ReturnCode.NETWORK)
      if (online) void syncLists().then(() => upload())
    })
    return () => {
      clearInterval(timer)
      stop()
    }
  }, [active, syncLists, upload, refresh])

  return { trust, pending, reachable, syncing, now, syncLists, upload, refresh }
}
