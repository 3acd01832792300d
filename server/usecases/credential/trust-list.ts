// The trust list this host publishes: its region's issuer keys (current and still-valid previous ones),
// its rules and checkpoint keys, and its signed revocation list. A national hub merges every region's.
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { PublishedTrustList } from '@core/api/contract/verifier'
import type { Clock } from '../../ports/clock'
import type { RevocationStore } from '../../ports/revocation-store'
import type { TrustEntries } from '../../ports/trust-entries'
import { currentRevocationList } from './revocation-list'

/** How old a verifier's synced list may be before its results turn into "update needed" (the default of TRUST_LIST_MAX_AGE_SECONDS). */
export const TRUST_LIST_MAX_AGE_SECONDS = 24 * 3600
/** How often apps sync it when online. */
export const TRUST_LIST_SYNC_SECONDS = 5 * 60

export interface TrustListDeps {
  clock: Clock
  revocations: Pick<RevocationStore, 'since'>
  /** Signs the revocation list with the region's issuer key. */
  signer: IssuerSigner
  keys: TrustEntries
  /** The host's TRUST_LIST_MAX_AGE_SECONDS; TRUST_LIST_MAX_AGE_SECONDS above when not given. */
  maxAgeSeconds?: number
}

export async function currentTrustList(deps: TrustListDeps): Promise<PublishedTrustList> {
  const now = deps.clock.now()
  return {
    issuers: deps.keys.trustEntries(),
    dcc: [],
    revocations: [await currentRevocationList(deps.revocations, deps.signer, now)],
    publishedAt: new Date(now).toISOString(),
    maxAgeSeconds: deps.maxAgeSeconds ?? TRUST_LIST_MAX_AGE_SECONDS,
    syncSeconds: TRUST_LIST_SYNC_SECONDS
  }
}
