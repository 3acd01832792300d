import type { TrustListIssuer } from '@core/credential/trust-list'

/**
 * The public keys this host publishes in its trust list: its issuer keys (previous, current, next), its
 * rules key and its checkpoint key. Read at each call, so a key reload is seen at once.
 */
export interface TrustEntries {
  trustEntries(): TrustListIssuer[]
}
