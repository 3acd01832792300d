// Reads the few fields a DCC verifier needs from a DSC (document signer certificate). The certificate's own
// signature is not checked: the trust list itself is the set of DSCs, as in the EU gateway's distribution.
import { Der, TAG, derBitString, derChildren, derOid, derOne, derTime, derUnsigned, expectTag } from './der'

export const OID = {
  EC_PUBLIC_KEY: '1.2.840.10045.2.1',
  P256: '1.2.840.10045.3.1.7',
  RSA: '1.2.840.113549.1.1.1',
  RSA_PSS: '1.2.840.113549.1.1.10',
  EXT_KEY_USAGE: '2.5.29.37'
} as const

export type PublicKey =
  | { kind: 'ec-p256'; point: Uint8Array }
  | { kind: 'rsa'; n: Uint8Array; e: Uint8Array }

export interface X509Info {
  notBefore: number
  notAfter: number
  publicKey: PublicKey
  /** Extended key usage OIDs; empty when the extension is absent. */
  extKeyUsage: string[]
}

function readPublicKey(spki: Der): PublicKey {
  const [alg, bits, ...rest] = derChildren(expectTag(spki, TAG.SEQUENCE))
  if (rest.length) throw new Error('x509: bad spki')
  const [algOid, params, ...more] = derChildren(expectTag(alg, TAG.SEQUENCE))
  if (more.length) throw new Error('x509: bad algorithm identifier')
  const oid = derOid(algOid)
  const key = derBitString(bits)
  if (oid === OID.EC_PUBLIC_KEY) {
    if (!params || derOid(params) !== OID.P256) throw new Error('x509: unsupported curve')
    // Uncompressed SEC1 point only: that is what DSCs carry and what keeps this check exact.
    if (key.length !== 65 || key[0] !== 0x04) throw new Error('x509: bad ec point')
    return { kind: 'ec-p256', point: key }
  }
  if (oid === OID.RSA || oid === OID.RSA_PSS) {
    const [n, e, ...more] = derChildren(derOne(key, TAG.SEQUENCE))
    if (more.length) throw new Error('x509: bad rsa key')
    const mod = derUnsigned(n)
    const exp = derUnsigned(e)
    if (mod.length < 128 || exp.length > 8) throw new Error('x509: weak or odd rsa key')
    return { kind: 'rsa', n: mod, e: exp }
  }
  throw new Error('x509: unsupported key algorithm')
}

function readExtKeyUsage(extensions: Der | undefined): string[] {
  if (!extensions) return []
  const out: string[] = []
  const wrapped = derChildren(extensions)
  if (wrapped.length !== 1) throw new Error('x509: bad extensions')
  const list = derChildren(expectTag(wrapped[0], TAG.SEQUENCE))
  const seen = new Set<string>()
  for (const ext of list) {
    const parts = derChildren(expectTag(ext, TAG.SEQUENCE))
    const id = derOid(parts[0])
    if (seen.has(id)) throw new Error('x509: duplicate extension') // RFC 5280 §4.2
    seen.add(id)
    const value = parts[parts.length - 1]
    expectTag(value, TAG.OCTET_STRING)
    if (parts.length === 3) expectTag(parts[1], TAG.BOOLEAN)
    else if (parts.length !== 2) throw new Error('x509: bad extension')
    if (id !== OID.EXT_KEY_USAGE) continue
    for (const o of derChildren(derOne(value.body, TAG.SEQUENCE))) out.push(derOid(o))
  }
  return out
}

export function parseX509(der: Uint8Array): X509Info {
  const cert = derOne(der, TAG.SEQUENCE)
  const [tbs, sigAlg, sigValue, ...extra] = derChildren(cert)
  if (extra.length) throw new Error('x509: bad certificate')
  expectTag(sigAlg, TAG.SEQUENCE)
  expectTag(sigValue, TAG.BIT_STRING)
  const f = derChildren(expectTag(tbs, TAG.SEQUENCE))
  let i = 0
  if (f[i] && f[i].tag === 0xa0) i++ // [0] EXPLICIT version
  expectTag(f[i++], TAG.INTEGER) // serialNumber
  expectTag(f[i++], TAG.SEQUENCE) // signature algorithm
  expectTag(f[i++], TAG.SEQUENCE) // issuer
  const validity = derChildren(expectTag(f[i++], TAG.SEQUENCE))
  if (validity.length !== 2) throw new Error('x509: bad validity')
  expectTag(f[i++], TAG.SEQUENCE) // subject
  const publicKey = readPublicKey(f[i++])
  let extensions: Der | undefined
  for (; i < f.length; i++) {
    // [1] and [2] unique identifiers may precede [3] extensions; nothing else may follow.
    if (f[i].tag === 0x81 || f[i].tag === 0x82) continue
    if (f[i].tag !== 0xa3 || i !== f.length - 1) throw new Error('x509: unexpected field')
    extensions = f[i]
  }
  return {
    notBefore: derTime(validity[0]),
    notAfter: derTime(validity[1]),
    publicKey,
    extKeyUsage: readExtKeyUsage(extensions)
  }
}
