// The citizen's home: the stored code shows at once (no network needed), then health-info tells what
// is next (consent, declaration) and whether the credential must be renewed. Polls every few minutes
// while the page is visible, so a colour changed by an auditor or a rule reaches the phone.
import { useCallback, useRef, useState } from 'react'
import { readOwnClaims } from '@core/client/own-claims'
import { ReturnCode } from '@core/api/return-codes'
import { randomErrorKey } from '@/services/random'
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from './messages'
import { fetchFreshCode, syncWithServer } from './code-sync'
import type { NormalisedHealthInfo } from './types'
import { usePresentation } from './use-presentation'
import { useVisibleSync } from './use-visible-sync'
import { loadWallet, serverNowMs, type Wallet } from './wallet'

export type HomeStage = 'signed-out' | 'loading' | 'consent' | 'declare' | 'code' | 'replaced' | 'unreachable' | 'error'

export function useHealthCode(accountId: string | null) {
  const [wallet, setWallet] = useState<Wallet | null>(() => (accountId ? loadWallet(accountId) : null))
  const [info, setInfo] = useState<NormalisedHealthInfo | null>(null)
  const [offline, setOffline] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const syncing = useRef(false)

  const sync = useCallback(async () => {
    if (!accountId || syncing.current) return
    syncing.current = true
    try {
      const out = await syncWithServer(accountId)
      setWallet(out.wallet)
      if (out.info) setInfo(out.info)
      setOffline(out.offline)
      setError(out.returnCode === ReturnCode.OK || out.offline ? null : citizenErrorKey(out.returnCode))
    } catch (err) {
      setError(randomErrorKey(err) ?? 'error.internal')
    } finally {
      syncing.current = false
    }
  }, [accountId])

  // "Use on this phone": the user takes the code back from the phone it moved to (which is then revoked).
  const [taking, setTaking] = useState(false)
  const takeBack = useCallback(async () => {
    if (!accountId || syncing.current) return
    syncing.current = true
    setTaking(true)
    try {
      const out = await fetchFreshCode(accountId, true)
      setWallet(out.wallet)
      setError(out.returnCode === ReturnCode.OK ? null : citizenErrorKey(out.returnCode))
    } catch (err) {
      setError(randomErrorKey(err) ?? 'error.internal')
    } finally {
      syncing.current = false
      setTaking(false)
    }
  }, [accountId])

  const visible = useVisibleSync(!!accountId, sync, () => {
    if (accountId) setWallet(loadWallet(accountId))
  })

  const claims = wallet?.credential ? readOwnClaims(wallet.credential.credential) : null
  const stage = stageOf(accountId, claims !== null, wallet?.replaced === true, info, offline, error)
  const live = usePresentation(wallet?.credential?.credential ?? null, wallet?.deviceKey ?? null, claims?.status ?? null, visible && stage === 'code')

  const notices: MessageKey[] = []
  if (claims && claims.expiresAt * 1000 <= serverNowMs()) notices.push('code.expired')
  if (claims && wallet?.status && wallet.status.status !== claims.status) notices.push('code.statusPending')
  if (offline) notices.push('code.offline')

  return {
    stage, claims, live, info, offline, error, notices, sync, takeBack, taking,
    regionName: claims && wallet ? wallet.regionNames[claims.region] ?? null : null,
    // The reason and exit condition explain the colour shown, so only when they are about it.
    statusView: claims && wallet?.status?.status === claims.status ? wallet.status : null
  }
}

function stageOf(accountId: string | null, hasCode: boolean, replaced: boolean, info: NormalisedHealthInfo | null, offline: boolean, error: MessageKey | null): HomeStage {
  if (!accountId) return 'signed-out'
  if (replaced) return 'replaced'
  if (hasCode) return 'code'
  if (info && !info.consent.accepted) return 'consent'
  if (info && !info.bound) return 'declare'
  if (error) return 'error'
  if (offline) return 'unreachable'
  return 'loading'
}
