// COSE_Sign1 (RFC 9052 §4.2) as used by the health code, the revocation lists and the EU DCC.
import { cborDecode, cborEncode, CborValue, Tagged } from '../encoding/cbor'
import { COSE_HDR_ALG, COSE_HDR_KID, COSE_SIGN1_TAG, CWT_TAG } from './format'

export interface Sign1 {
  protectedBytes: Uint8Array
  protectedHeader: Map<number | string, CborValue>
  unprotectedHeader: Map<number | string, CborValue>
  payload: Uint8Array
  signature: Uint8Array
}

const EMPTY = new Uint8Array(0)

export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return cborEncode(['Signature1', protectedBytes, EMPTY, payload])
}

export function protectedHeaderBytes(alg: number, kid: Uint8Array): Uint8Array {
  return cborEncode(new Map<number, CborValue>([[COSE_HDR_ALG, alg], [COSE_HDR_KID, kid]]))
}

export function buildSign1Value(protectedBytes: Uint8Array, payload: Uint8Array, signature: Uint8Array): Tagged {
  return new Tagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), payload, signature])
}

/** Reads a decoded COSE_Sign1 (tag 18 optional, an outer CWT tag 61 tolerated); throws on any deviation. */
export function readSign1(value: CborValue): Sign1 {
  let v = value
  if (v instanceof Tagged && v.tag === CWT_TAG) v = v.value
  if (v instanceof Tagged) {
    if (v.tag !== COSE_SIGN1_TAG) throw new Error('cose: unexpected tag')
    v = v.value
  }
  if (!Array.isArray(v) || v.length !== 4) throw new Error('cose: not a COSE_Sign1 array')
  const [p, u, payload, signature] = v
  if (!(p instanceof Uint8Array) || !(u instanceof Map) || !(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) {
    throw new Error('cose: wrong member types')
  }
  const ph = p.length === 0 ? new Map() : cborDecode(p)
  if (!(ph instanceof Map)) throw new Error('cose: protected header is not a map')
  return { protectedBytes: p, protectedHeader: ph, unprotectedHeader: u, payload, signature }
}

export function headerAlg(s: Sign1): CborValue {
  return s.protectedHeader.get(COSE_HDR_ALG)
}

export function headerKid(s: Sign1): Uint8Array | null {
  const kid = s.protectedHeader.get(COSE_HDR_KID)
  return kid instanceof Uint8Array ? kid : null
}
