// Holder pseudonyms computed with node:crypto's HMAC (the same function as the core's holderPseudonym,
// which a test checks), cached because every code refresh needs one.
import { createHmac } from 'node:crypto'
import { HOLDER_PSEUDONYM_BYTES } from '@core/credential/format'

export function nativePseudonyms(regionSecret: Uint8Array, cacheSize = 100_000): (accountId: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>()
  return accountId => {
    let p = cache.get(accountId)
    if (!p) {
      p = new Uint8Array(createHmac('sha256', regionSecret).update('holder:' + accountId, 'utf8').digest().subarray(0, HOLDER_PSEUDONYM_BYTES))
      if (cache.size >= cacheSize) cache.clear()
      cache.set(accountId, p)
    }
    return p
  }
}
