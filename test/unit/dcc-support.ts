// Test-only builders for DCC unit tests: a tiny DER writer, a DSC with chosen key / EKU / validity, and a signed
// HC1 text with full control over headers, algorithm and signature. node:crypto is fine here (tests only).
import { createHash, generateKeyPairSync, sign, KeyObject, constants } from 'crypto'
import { zlibSync } from 'fflate'
import { p256 } from '@noble/curves/p256'
import { sha256 } from '@noble/hashes/sha256'
import { Tagged, CborValue, cborEncode } from '@core/encoding/cbor'
import { base45Encode } from '@core/encoding/base45'

function len(n: number): number[] {
  if (n < 0x80) return [n]
  const out: number[] = []
  for (; n > 0; n >>= 8) out.unshift(n & 0xff)
  return [0x80 | out.length, ...out]
}
export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(parts)
  return Uint8Array.from([tag, ...len(body.length), ...body])
}
export const seq = (...p: Uint8Array[]) => tlv(0x30, ...p)
export function oid(dotted: string): Uint8Array {
  const a = dotted.split('.').map(Number)
  const out: number[] = []
  for (const v of [a[0] * 40 + a[1], ...a.slice(2)]) {
    const b = [v & 0x7f]
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) b.unshift(0x80 | (x & 0x7f))
    out.push(...b)
  }
  return tlv(0x06, Uint8Array.from(out))
}
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))
function utcTime(seconds: number): Uint8Array {
  const d = new Date(seconds * 1000).toISOString() // 2021-05-03T18:00:00.000Z
  return tlv(0x17, ascii(d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10) + d.slice(11, 13) + d.slice(14, 16) + d.slice(17, 19) + 'Z'))
}

export interface CertOptions { spki: Uint8Array; eku?: string[]; notBefore?: number; notAfter?: number }
/** A structurally valid X.509 v3 certificate; its own signature is a dummy (DSCs are trusted as listed). */
export function makeCert(o: CertOptions): Uint8Array {
  const name = seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, ascii('DSC test')))))
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'))
  const ext = o.eku ? [tlv(0xa3, seq(seq(oid('2.5.29.37'), tlv(0x04, seq(...o.eku.map(oid))))))] : []
  const tbs = seq(tlv(0xa0, tlv(0x02, Uint8Array.of(2))), tlv(0x02, Uint8Array.of(1)), ecdsaSha256, name,
    seq(utcTime(o.notBefore ?? 1609459200), utcTime(o.notAfter ?? 1893456000)), name, o.spki, ...ext)
  return seq(tbs, ecdsaSha256, tlv(0x03, Uint8Array.of(0, 1, 2, 3)))
}

export interface Signer { cert: Uint8Array; certBase64: string; kid: Uint8Array; alg: number; signRaw(data: Uint8Array): Uint8Array }
export function ecSigner(opts: Omit<CertOptions, 'spki'> = {}): Signer {
  const priv = p256.utils.randomSecretKey()
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' }) // only for its SPKI template
  const spki = Buffer.from(publicKey.export({ type: 'spki', format: 'der' }))
  spki.set(p256.getPublicKey(priv, false), spki.length - 65)
  const cert = makeCert({ ...opts, spki })
  return withCert(cert, -7, (d) => p256.sign(sha256(d), priv, { prehash: false }).toBytes('compact'))
}
export function rsaSigner(bits = 2048, opts: Omit<CertOptions, 'spki'> = {}): Signer & { privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  const cert = makeCert({ ...opts, spki: Buffer.from(publicKey.export({ type: 'spki', format: 'der' })) })
  const s = withCert(cert, -37, (d) => sign('sha256', d, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }))
  return { ...s, privateKey }
}
function withCert(cert: Uint8Array, alg: number, signRaw: (d: Uint8Array) => Uint8Array): Signer {
  return { cert, certBase64: Buffer.from(cert).toString('base64'), kid: createHash('sha256').update(cert).digest().subarray(0, 8), alg, signRaw }
}

export const NOW = 1620000000 // 2021-05-03T00:00:00Z
export const VACC = {
  ver: '1.3.0', nam: { fn: 'Musterfrau', fnt: 'MUSTERFRAU', gn: 'Erika', gnt: 'ERIKA' }, dob: '1964-08-12',
  v: [{ tg: '840539006', vp: '1119349007', mp: 'EU/1/20/1528', ma: 'ORG-100030215', dn: 2, sd: 2, dt: '2021-04-21', co: 'AT', is: 'BMSGPK', ci: 'URN:UVCI:01:AT:TEST#1' }]
}

export interface DccOptions {
  hcert?: unknown; iat?: number; exp?: number; claims?: Map<number, CborValue>
  protectedHeader?: Map<number, CborValue> | null; unprotectedHeader?: Map<number, CborValue>
  alg?: number; kid?: Uint8Array; signature?: (sigStructure: Uint8Array) => Uint8Array
  wrap?: (coseArray: CborValue[]) => CborValue; prefix?: string
}
function toCbor(v: unknown): CborValue {
  if (Array.isArray(v)) return v.map(toCbor)
  if (v && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Map)) return new Map(Object.entries(v).map(([k, x]) => [k, toCbor(x)]))
  return v as CborValue
}
/** A signed HC1 text; every option defaults to a correct DCC valid at NOW. */
export function makeDcc(signer: Signer, o: DccOptions = {}): string {
  const claims = o.claims ?? new Map<number, CborValue>([[1, 'AT'], [6, o.iat ?? NOW - 3600], [4, o.exp ?? NOW + 86400], [-260, new Map([[1, toCbor(o.hcert ?? VACC)]])]])
  const payload = cborEncode(claims)
  const prot = o.protectedHeader === null ? new Uint8Array(0)
    : cborEncode(o.protectedHeader ?? new Map<number, CborValue>([[1, o.alg ?? signer.alg], [4, o.kid ?? signer.kid]]))
  const toSign = cborEncode(['Signature1', prot, new Uint8Array(0), payload])
  const sig = (o.signature ?? signer.signRaw)(toSign)
  const arr: CborValue[] = [prot, o.unprotectedHeader ?? new Map(), payload, sig]
  const cose = cborEncode(o.wrap ? o.wrap(arr) : new Tagged(18, arr))
  return (o.prefix ?? 'HC1:') + base45Encode(zlibSync(cose))
}
