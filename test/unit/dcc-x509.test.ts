// The hand-written X.509 reader against node:crypto's X509Certificate (OpenSSL) on every DSC of the EU vectors,
// plus synthetic certificates and malformed input, which must throw and never read out of bounds.
import { X509Certificate, generateKeyPairSync, randomBytes } from 'crypto'
import { readFileSync, readdirSync } from 'fs'
import { join } from 'path'
import { parseX509 } from '@core/dcc/x509'
import { readDer, derOid } from '@core/dcc/der'
import { makeCert, oid, seq, tlv } from './dcc-support'

const ROOT = join(__dirname, '../conformance/dcc')
function walk(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.json') ? [join(d, e.name)] : [])
}
const vectorCerts = [...new Set(walk(ROOT).map((f) => JSON.parse(readFileSync(f, 'utf8')).TESTCTX?.CERTIFICATE).filter(Boolean))] as string[]

describe('parseX509 on the EU vector DSCs', () => {
  test.each(vectorCerts.map((c, i) => [i, c]))('DSC #%i agrees with OpenSSL', (_i, b64) => {
    const der = Buffer.from(b64 as string, 'base64')
    const ref = new X509Certificate(der)
    const info = parseX509(der)
    expect(info.notBefore * 1000).toBe(Date.parse(ref.validFrom))
    expect(info.notAfter * 1000).toBe(Date.parse(ref.validTo))
    expect(info.extKeyUsage).toEqual(ref.keyUsage ?? [])
    const jwk = ref.publicKey.export({ format: 'jwk' })
    if (info.publicKey.kind === 'rsa') {
      expect(Buffer.from(info.publicKey.n).toString('base64url')).toBe(jwk.n)
      expect(Buffer.from(info.publicKey.e).toString('base64url')).toBe(jwk.e)
    } else {
      expect(jwk.crv).toBe('P-256')
      expect(Buffer.from(info.publicKey.point.subarray(1, 33)).toString('base64url')).toBe(jwk.x)
      expect(Buffer.from(info.publicKey.point.subarray(33)).toString('base64url')).toBe(jwk.y)
    }
  })
  test('vectors include RSA and EC keys, with and without EKU', () => {
    const infos = vectorCerts.map((c) => parseX509(Buffer.from(c, 'base64')))
    expect(new Set(infos.map((i) => i.publicKey.kind))).toEqual(new Set(['rsa', 'ec-p256']))
    expect(infos.some((i) => i.extKeyUsage.length === 0) && infos.some((i) => i.extKeyUsage.length > 0)).toBe(true)
  })
})

describe('parseX509 on synthetic certificates', () => {
  const ecSpki = Buffer.from(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' }))
  test('reads EKU, validity and the key', () => {
    const cert = makeCert({ spki: ecSpki, eku: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.5.5.7.3.2'], notBefore: 1600000000, notAfter: 1700000000 })
    const info = parseX509(cert)
    expect(info).toMatchObject({ notBefore: 1600000000, notAfter: 1700000000, extKeyUsage: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.5.5.7.3.2'] })
    expect(new X509Certificate(cert).keyUsage).toEqual(info.extKeyUsage) // OpenSSL reads our builder the same way
  })
  test('refuses other curves and unknown key algorithms', () => {
    const p384 = Buffer.from(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'der' }))
    expect(() => parseX509(makeCert({ spki: p384 }))).toThrow()
    const ed = Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }))
    expect(() => parseX509(makeCert({ spki: ed }))).toThrow()
  })
  test('refuses duplicate extensions and trailing bytes', () => {
    const good = makeCert({ spki: ecSpki, eku: [] })
    expect(() => parseX509(Buffer.concat([good, Buffer.of(0)]))).toThrow()
    const eku = seq(oid('2.5.29.37'), tlv(0x04, seq()))
    const tbsParts = [tlv(0x02, Uint8Array.of(1)), seq(oid('1.2.840.10045.4.3.2')), seq(), seq(tlv(0x17, Buffer.from('210101000000Z')), tlv(0x17, Buffer.from('310101000000Z'))), seq(), ecSpki]
    const dup = seq(seq(...tbsParts, tlv(0xa3, seq(eku, eku))), seq(oid('1.2.840.10045.4.3.2')), tlv(0x03, Uint8Array.of(0)))
    expect(() => parseX509(dup)).toThrow(/duplicate/)
    const once = seq(seq(...tbsParts, tlv(0xa3, seq(eku))), seq(oid('1.2.840.10045.4.3.2')), tlv(0x03, Uint8Array.of(0)))
    expect(parseX509(once).notAfter).toBe(Date.UTC(2031, 0, 1) / 1000)
  })
  test('every truncation and many corruptions throw cleanly (no out-of-bounds read, no hang)', () => {
    const cert = makeCert({ spki: ecSpki, eku: ['1.3.6.1.4.1.1847.2021.1.1'] })
    for (let n = 0; n < cert.length; n++) expect(() => parseX509(cert.subarray(0, n))).toThrow()
    for (let i = 0; i < 2000; i++) {
      const c = Buffer.from(cert)
      c[i % c.length] ^= 1 + (i % 255)
      try { parseX509(c) } catch (e) { expect(e).toBeInstanceOf(Error) }
    }
    for (let i = 0; i < 500; i++) expect(() => parseX509(randomBytes(i))).toThrow()
  })
})

describe('DER primitives', () => {
  test('length forms: refuses indefinite, non-minimal and overlong lengths', () => {
    expect(() => readDer(Uint8Array.of(0x30, 0x80, 0, 0), 0)).toThrow()
    expect(() => readDer(Uint8Array.of(0x04, 0x81, 0x05, 1, 2, 3, 4, 5), 0)).toThrow(/non-minimal/)
    expect(() => readDer(Uint8Array.of(0x04, 0x85, 1, 1, 1, 1, 1), 0)).toThrow()
    expect(() => readDer(Uint8Array.of(0x04, 0x82, 0xff, 0xff, 1), 0)).toThrow(/truncated/)
    expect(readDer(Uint8Array.of(0x04, 0x81, 0x80, ...new Uint8Array(0x80)), 0).el.body.length).toBe(0x80)
  })
  test('OIDs decode like OpenSSL writes them', () => {
    for (const o of ['1.2.840.10045.3.1.7', '2.5.29.37', '1.3.6.1.4.1.0.1847.2021.1.3', '2.999.1']) {
      expect(derOid(readDer(oid(o), 0).el)).toBe(o)
    }
  })
})
