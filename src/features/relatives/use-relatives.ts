// 授权亲友: the grants I gave and the grants I hold (grant-list), and ending either (grant-revoke). Each
// load also deletes what the phone still keeps for held grants that have ended.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import type { GrantList, GrantView } from '@core/api/contract/grants'
import { ReturnCode } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from '@/features/citizen/messages'
import { serverNowMs } from '@/features/citizen/wallet'
import { listGrants, revokeGrant } from './grants-api'
import { dropHeld, pruneHeld } from './held-store'

/** The host lets one person hold grants for at most 4 others (40904); the page shows no more than that. */
export const MAX_HELD = MAX_HELD_GRANTS

export const isLive = (g: GrantView, nowMs: number) => (g.state === 'active' || g.state === 'pending') && g.expiresAt > nowMs

export function useRelatives(accountId: string | null) {
  const [list, setList] = useState<GrantList | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!accountId) return
    const r = await listGrants()
    if (r.code !== ReturnCode.OK || !r.data) return setError(citizenErrorKey(r.code) ?? 'error.internal')
    setError(null)
    setList({ given: r.data.given ?? [], held: r.data.held ?? [] })
    pruneHeld(accountId, r.data.held ?? [], serverNowMs())
  }, [accountId])

  useDidShow(() => void reload())

  const revoke = async (grantId: string) => {
    if (!accountId) return
    setBusy(grantId)
    const r = await revokeGrant(grantId)
    setBusy(null)
    if (r.code !== ReturnCode.OK) return setError(citizenErrorKey(r.code) ?? 'error.internal')
    dropHeld(accountId, grantId)
    await reload()
  }

  const now = serverNowMs()
  return {
    list, error, busy, reload, revoke,
    given: (list?.given ?? []).filter((g) => isLive(g, now)),
    held: (list?.held ?? []).filter((g) => isLive(g, now)).slice(0, MAX_HELD),
    endedGiven: (list?.given ?? []).filter((g) => !isLive(g, now)),
    endedHeld: (list?.held ?? []).filter((g) => !isLive(g, now))
  }
}
