// The decision at the door, on the device and offline: the core's verify() with the stored trust list
// and the corrected clock, then verifierView() for what the screen may show. With no list, or one
// older than its maximum age, the answer is "update needed" (fail closed).
import { verify } from '@core/credential/verify'
import { verifierView, type VerifierView } from '@core/credential/verifier-view'
import type { HealthCodeClaims } from '@core/credential/claims'
import { maxAgeOf, type StoredTrust } from './trust-store'

export interface Decision {
  view: VerifierView
  /** Holder pseudonym and issuing region, for the scan record only (never shown). */
  holder: string | null
  holderRegion: string | null
}

export function decide(text: string, trust: StoredTrust | null, nowMs: number): Decision {
  // An empty list has no syncedAt, so verify() answers trust-list-stale before anything else.
  const result = verify(text, trust ?? {}, nowMs, { maxTrustAgeSeconds: maxAgeOf(trust) })
  const claims = result.kind === 'healthcode' || result.kind === 'healthcode-paper' ? (result.claims as HealthCodeClaims | null) : null
  return { view: verifierView(result), holder: claims?.holder ?? null, holderRegion: claims?.iss ?? null }
}
