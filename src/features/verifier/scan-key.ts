// Each scan's idempotency key: a UUID v4 from the random source (the platform's CSPRNG, or on Alipay the
// host-seeded generator). The key is made once, when the scan is queued, and travels with every retry, so
// the host records the scan exactly once however often a sync is interrupted. A verifier offline before the
// generator was ever seeded still records: the key is then derived (unique, not secret).
import { sha256 } from '@core/crypto/hash'
import { toHex, utf8Encode } from '@core/encoding/bytes'
import { secureRandom, RandomUnavailableError } from '@/services/random'

export function uuidFromBytes(b: Uint8Array): string {
  const v = Uint8Array.from(b.subarray(0, 16))
  v[6] = (v[6] & 0x0f) | 0x40 // version 4
  v[8] = (v[8] & 0x3f) | 0x80 // RFC 4122 variant
  const h = toHex(v)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

let counter = 0

/**
 * Alipay may have no secure source (services/random.alipay.ts refuses rather than use Math.random).
 * A key only has to be unique, not secret, so there it is hashed from what makes this scan unique;
 * refusing would leave a verifier unable to record any scan.
 */
function derivedKey(seed: string): string {
  counter += 1
  return uuidFromBytes(sha256(utf8Encode(`${seed}|${Date.now()}|${counter}`)))
}

export async function newScanKey(seed: string): Promise<string> {
  try {
    return uuidFromBytes(await secureRandom(16))
  } catch (err) {
    if (err instanceof RandomUnavailableError) return derivedKey(seed)
    throw err
  }
}
