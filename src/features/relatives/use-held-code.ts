// A relative's code or status on this phone (代领亮码). Shown at once from what the phone keeps, and drawn
// every 20 s with the grant's own device key exactly like one's own code (usePresentation), so it works
// offline at a door. Synced when the page shows and every few minutes while visible; a grant that ended
// is deleted at that sync and the page stops showing the person's code.
import { useCallback, useRef, useState } from 'react'
import { readOwnClaims } from '@core/client/own-claims'
import { randomErrorKey } from '@/services/random'
import type { MessageKey } from '@/i18n'
import { usePresentation } from '@/features/citizen/use-presentation'
import { useVisibleSync } from '@/features/citizen/use-visible-sync'
import { loadWallet, serverNowMs } from '@/features/citizen/wallet'
import { getHeld, type HeldEntry } from './held-store'
import { syncHeld, type HeldSyncState } from './held-sync'
import { relativeErrorKey } from './messages'

export function useHeldCode(accountId: string | null, grantId: string) {
  const [entry, setEntry] = useState<HeldEntry | null>(() => (accountId ? getHeld(accountId, grantId) : null))
  const [state, setState] = useState<HeldSyncState | 'loading'>('loading')
  const [error, setError] = useState<MessageKey | null>(null)
  const syncing = useRef(false)

  const sync = useCallback(async () => {
    if (!accountId || syncing.current) return
    syncing.current = true
    try {
      const out = await syncHeld(accountId, grantId)
      setEntry(out.entry)
      setState(out.state)
      setError(out.state === 'error' ? relativeErrorKey(out.code) ?? 'error.internal' : null)
    } catch (err) {
      setError(randomErrorKey(err) ?? 'error.internal')
    } finally {
      syncing.current = false
    }
  }, [accountId, grantId])

  const visible = useVisibleSync(!!accountId, sync)

  const gone = state === 'gone'
  const claims = !gone && entry?.credential ? readOwnClaims(entry.credential.credential) : null
  const live = usePresentation(claims ? entry!.credential!.credential : null, entry?.deviceKey ?? null, claims?.status ?? null, visible && !!claims)

  const notices: MessageKey[] = []
  if (claims && claims.expiresAt * 1000 <= serverNowMs()) notices.push('code.expired')
  if (state === 'offline') notices.push('held.offline')
  // A region name this phone already knows (its own code's), shown offline; the code alone otherwise.
  const regionName = claims && accountId ? loadWallet(accountId).regionNames[claims.region] ?? null : null
  return { entry: gone ? null : entry, claims, live, state, gone, error, sync, notices, regionName }
}
