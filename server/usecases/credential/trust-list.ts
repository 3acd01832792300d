// The trust list this host publishes: its region's issuer keys (current and still-valid previous ones),
// its rules and checkpoint keys, and its signed revocation list. A national hub merges every region's.
import type { TrustListJson } from '@core/credential/trust-list'
import type { Container } from '../../runtime/container'
import { currentRevocationList } from './revocation-list'

/** How old a verifier's synced list may be before its results turn into "update needed". */
export const TRUST_LIST_MAX_AGE_SECONDS = 24 * 3600
/** How often apps sync it when online. */
export const TRUST_LIST_SYNC_SECONDS = 5 * 60

export async function currentTrustList(c: Container): Promise<TrustListJson & { publishedAt: string; maxAgeSeconds: number; syncSeconds: number }> {
  const now = c.clock.now()
  return {
    issuers: c.keys.trustEntries(),
    dcc: [],
    revocations: [await currentRevocationList(c.store, c.signer, now)],
    publishedAt: new Date(now).toISOString(),
    maxAgeSeconds: TRUST_LIST_MAX_AGE_SECONDS,
    syncSeconds: TRUST_LIST_SYNC_SECONDS
  }
}
