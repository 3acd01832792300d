// COSE algorithm dispatch for the two algorithms the DCC allows. The key type must match the algorithm
// (BasicDgcTestsList CO27): an EC key never verifies PS256 and an RSA key never verifies ES256.
import { p256 } from '@noble/curves/p256'
import { sha256 } from '@noble/hashes/sha256'
import { rsaPssVerify } from './rsa-pss'
import { PublicKey } from './x509'

export const ALG_ES256 = -7
export const ALG_PS256 = -37

/** Never throws: malformed signatures (CO24: a DER blob instead of raw r||s) are simply false. */
export function verifySignature(alg: number, key: PublicKey, signed: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (alg === ALG_ES256 && key.kind === 'ec-p256') {
      // COSE carries raw r||s (RFC 9053 §2.1), exactly 64 bytes for P-256; anything else is refused.
      if (signature.length !== 64) return false
      return p256.verify(signature, sha256(signed), key.point, { prehash: false, format: 'compact', lowS: false })
    }
    if (alg === ALG_PS256 && key.kind === 'rsa') return rsaPssVerify(key, signed, signature, 32)
    return false
  } catch {
    return false
  }
}
