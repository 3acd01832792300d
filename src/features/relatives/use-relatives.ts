// 授权亲友: the grants I gave and the grants I hold (grant-list), the offers and requests waiting for my
// answer (accept: grant-accept, decline: grant-decline), and ending or withdrawing my own (grant-revoke).
// Each load also deletes what the phone still keeps for held grants that have ended.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import type { GrantList, GrantView } from '@core/api/contract/grants'
import { ReturnCode } from '@core/api/return-codes'
import type { Lang } from '@/i18n'
import { citizenErrorKey } from '@/features/citizen/messages'
import { serverNowMs } from '@/features/citizen/wallet'
import { acceptGrant, declineGrant, listGrants, revokeGrant } from './grants-api'
import { dropHeld, pruneHeld } from './held-store'
import { grantError, type General } from './messages'

/** The host lets one person hold grants for at most 4 others (40904); the page shows no more than that. */
export const MAX_HELD = MAX_HELD_GRANTS

export const isLive = (g: GrantView, nowMs: number) => (g.state === 'active' || g.state === 'pending') && g.expiresAt > nowMs

export type Answer = 'accept' | 'decline'

export function useRelatives(accountId: string | null, lang: Lang) {
  const [list, setList] = useState<GrantList | null>(null)
  const [error, setError] = useState<General | null>(null)
  const [answered, setAnswered] = useState<Answer | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!accountId) return
    const r = await listGrants()
    if (r.code !== ReturnCode.OK || !r.data) return setError({ key: citizenErrorKey(r.code) ?? 'error.internal' })
    setError(null)
    setList({ given: r.data.given ?? [], held: r.data.held ?? [], incoming: r.data.incoming ?? [] })
    pruneHeld(accountId, r.data.held ?? [], serverNowMs())
  }, [accountId])

  useDidShow(() => void reload())

  const revoke = async (grantId: string) => {
    if (!accountId) return
    setBusy(grantId)
    setAnswered(null)
    const r = await revokeGrant(grantId)
    setBusy(null)
    if (r.code !== ReturnCode.OK) return setError({ key: citizenErrorKey(r.code) ?? 'error.internal' })
    dropHeld(accountId, grantId)
    await reload()
  }

  const answer = async (grantId: string, how: Answer) => {
    if (!accountId) return
    setBusy(grantId)
    setAnswered(null)
    const r = await (how === 'accept' ? acceptGrant(grantId) : declineGrant(grantId))
    setBusy(null)
    if (r.code !== ReturnCode.OK) {
      setError(grantError(r.code, lang))
    } else {
      setError(null)
      setAnswered(how)
    }
    await reload()
  }

  const now = serverNowMs()
  return {
    list, error, answered, busy, reload, revoke, answer,
    incoming: (list?.incoming ?? []).filter((g) => isLive(g, now)),
    given: (list?.given ?? []).filter((g) => isLive(g, now)),
    held: (list?.held ?? []).filter((g) => isLive(g, now)).slice(0, MAX_HELD),
    endedGiven: (list?.given ?? []).filter((g) => !isLive(g, now)),
    endedHeld: (list?.held ?? []).filter((g) => !isLive(g, now))
  }
}
