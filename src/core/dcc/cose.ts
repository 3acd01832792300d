// COSE_Sign1 (RFC 9052 §4.2) as the EU DCC uses it: optionally tagged 18, optionally wrapped in CWT tag 61
// (vector CO28), headers split between protected and unprotected buckets (vectors CO18–CO23).
import { CborKey, CborValue, Tagged, cborDecode, cborEncode } from '../encoding/cbor'

export const HEADER_ALG = 1
export const HEADER_KID = 4
export const TAG_COSE_SIGN1 = 18
export const TAG_CWT = 61

export interface CoseSign1 {
  protectedBytes: Uint8Array
  protectedHeader: Map<CborKey, CborValue>
  unprotectedHeader: Map<CborKey, CborValue>
  payload: Uint8Array
  signature: Uint8Array
}

/** Throws on anything that is not a well-formed COSE_Sign1 with an attached payload. */
export function parseCoseSign1(bytes: Uint8Array): CoseSign1 {
  let v = cborDecode(bytes)
  if (v instanceof Tagged && v.tag === TAG_CWT) {
    v = v.value
    // RFC 8392 §6: the CWT tag wraps a tagged COSE object, never a bare array.
    if (!(v instanceof Tagged)) throw new Error('cose: CWT tag without COSE tag')
  }
  if (v instanceof Tagged) {
    if (v.tag !== TAG_COSE_SIGN1) throw new Error('cose: not a COSE_Sign1 tag')
    v = v.value
  }
  if (!Array.isArray(v) || v.length !== 4) throw new Error('cose: not a 4-element array')
  const [prot, unprot, payload, signature] = v
  if (!(prot instanceof Uint8Array) || !(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) {
    throw new Error('cose: wrong element types')
  }
  if (!(unprot instanceof Map)) throw new Error('cose: unprotected header is not a map')
  // A zero-length protected bucket stands for the empty map (RFC 9052 §3).
  const decoded = prot.length === 0 ? new Map<CborKey, CborValue>() : cborDecode(prot)
  if (!(decoded instanceof Map)) throw new Error('cose: protected header is not a map')
  return { protectedBytes: prot, protectedHeader: decoded, unprotectedHeader: unprot, payload, signature }
}

/**
 * The header value a verifier must use: protected wins, unprotected is the fallback. For the kid this is the
 * rule of vectors CO18–CO23 (a wrong unprotected kid is ignored when a protected one exists, CO21/CO22).
 */
export function headerValue(msg: CoseSign1, label: number): CborValue {
  return msg.protectedHeader.has(label) ? msg.protectedHeader.get(label) : msg.unprotectedHeader.get(label)
}

/** Sig_structure (RFC 9052 §4.4) for a COSE_Sign1 with empty external AAD: the bytes that were signed. */
export function sigStructure(msg: CoseSign1): Uint8Array {
  return cborEncode(['Signature1', msg.protectedBytes, new Uint8Array(0), msg.payload])
}
