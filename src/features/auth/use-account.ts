// The signed-in account: shown at once from storage, then confirmed with the host (auth-session)
// whenever the page shows, so a revoked session disappears from the UI.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ReturnCode } from '@core/api/return-codes'
import { isSessionError } from '@/services/cloud-contract'
import type { AccountView } from '@core/api/contract/auth'
import { clearSession, loadSession, updateAccount } from '@/services/session'
import { clearWallet } from '@/features/citizen/wallet'
import { purgeOfflineShell } from '@/features/offline/offline-purge'
import { fetchSession, logout, logoutAll } from './auth-api'

export function useAccount() {
  const [account, setAccount] = useState<AccountView | null>(() => loadSession()?.account ?? null)
  const [loading, setLoading] = useState(false)

  const refresh = useCallback(async () => {
    if (!loadSession()) {
      setAccount(null)
      return
    }
    setLoading(true)
    const r = await fetchSession()
    setLoading(false)
    if (r.code === ReturnCode.OK && r.data?.account) {
      updateAccount(r.data.account)
      setAccount(r.data.account)
    } else if (isSessionError(r.code)) {
      clearSession()
      setAccount(null)
    }
  }, [])

  useDidShow(() => {
    void refresh()
  })

  const signOut = async (everywhere = false) => {
    await (everywhere ? logoutAll() : logout())
    clearSession()
    // A signed-out phone shows no code and keeps no device key; on H5 the service worker and its caches go too.
    clearWallet()
    await purgeOfflineShell()
    setAccount(null)
  }

  return { account, loading, refresh, signOut }
}
