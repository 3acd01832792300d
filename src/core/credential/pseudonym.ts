// Holder pseudonyms: a keyed hash of the region's account reference, so the same person gets unrelated
// pseudonyms from different regions (each region has its own secret) and no ID number ever enters a code.
import { hmacSha256 } from '../crypto/hash'
import { utf8Encode } from '../encoding/bytes'
import { HOLDER_PSEUDONYM_BYTES } from './format'

export function holderPseudonym(regionSecret: Uint8Array, holderRef: string): Uint8Array {
  return hmacSha256(regionSecret, utf8Encode('holder:' + holderRef)).slice(0, HOLDER_PSEUDONYM_BYTES)
}
