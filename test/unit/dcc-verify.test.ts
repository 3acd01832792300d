// verifyDcc beyond the EU vectors: the BasicDgcTestsList cases without a vector (CO4, CO24–CO27), each reason's
// edge, claims only after a good signature, and totality on garbage.
import { readFileSync, readdirSync } from 'fs'
import { join } from 'path'
import { zlibSync } from 'fflate'
import { verifyDcc } from '@core/dcc/verify-dcc'
import { CborValue, Tagged, cborEncode } from '@core/encoding/cbor'
import { base45Encode } from '@core/encoding/base45'
import { NOW, VACC, ecSigner, makeDcc, rsaSigner } from './dcc-support'

const ec = ecSigner()
const rsa = rsaSigner()
const trust = [ec.certBase64, rsa.certBase64]
const reasonsOf = (text: string, certs = trust, now = NOW) => verifyDcc(text, certs, now).reasons

describe('verifyDcc: valid codes', () => {
  test.each([['ES256', ec], ['PS256', rsa]])('%s: valid, with claims', (_n, signer) => {
    const r = verifyDcc(makeDcc(signer), trust, NOW)
    expect(r).toEqual({ valid: true, kind: 'dcc', reasons: [], claims: { iss: 'AT', iat: NOW - 3600, exp: NOW + 86400, dcc: VACC } })
  })
  test('untagged, and CWT tag 61 around COSE tag 18 (CO28), are accepted', () => {
    expect(reasonsOf(makeDcc(ec, { wrap: (a) => a }))).toEqual([])
    expect(reasonsOf(makeDcc(ec, { wrap: (a) => new Tagged(61, new Tagged(18, a)) }))).toEqual([])
  })
  test('alg and kid in the unprotected header only (CO19/CO20)', () => {
    const unprotectedHeader = new Map<number, CborValue>([[1, -7], [4, ec.kid]])
    expect(reasonsOf(makeDcc(ec, { protectedHeader: null, unprotectedHeader }))).toEqual([])
  })
  test('junk entries in the trust list are skipped', () => {
    expect(reasonsOf(makeDcc(ec), ['%%%', '', 'AAAA', ec.certBase64])).toEqual([])
  })
})

describe('verifyDcc: signature and key', () => {
  test('CO21/CO22: the protected kid wins over the unprotected one', () => {
    const wrong = new Map<number, CborValue>([[4, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)]])
    expect(reasonsOf(makeDcc(ec, { unprotectedHeader: wrong }))).toEqual([])
    const good = new Map<number, CborValue>([[4, ec.kid]])
    expect(reasonsOf(makeDcc(ec, { kid: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), unprotectedHeader: good }))).toEqual(['unknown-key'])
  })
  test('CO25/CO26: kid shorter or longer than 8 bytes is unknown', () => {
    expect(reasonsOf(makeDcc(ec, { kid: ec.kid.subarray(0, 7) }))).toEqual(['unknown-key'])
    expect(reasonsOf(makeDcc(ec, { kid: Uint8Array.from([...ec.kid, 0]) }))).toEqual(['unknown-key'])
    expect(reasonsOf(makeDcc(ec, { protectedHeader: new Map([[1, -7]]) }))).toEqual(['unknown-key'])
    expect(reasonsOf(makeDcc(ec), [])).toEqual(['unknown-key'])
  })
  test('CO24: a DER-encoded ECDSA signature is refused without crashing', () => {
    const der = (d: Uint8Array) => {
      const raw = ec.signRaw(d)
      const int = (b: Uint8Array) => (b[0] & 0x80 ? [0x02, 33, 0, ...b] : [0x02, 32, ...b])
      const body = [...int(raw.subarray(0, 32)), ...int(raw.subarray(32))]
      return Uint8Array.from([0x30, body.length, ...body])
    }
    expect(reasonsOf(makeDcc(ec, { signature: der }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(ec, { signature: () => new Uint8Array(200).fill(0xff) }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(ec, { signature: () => new Uint8Array(0) }))).toEqual(['bad-signature'])
  })
  test('CO27/CO4: the algorithm must be supported and match the key type', () => {
    expect(reasonsOf(makeDcc(ec, { alg: -37 }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(rsa, { alg: -7 }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(ec, { alg: -35 }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(ec, { protectedHeader: new Map([[4, ec.kid]]) }))).toEqual(['cose'])
  })
  test('CO5: a signature by another key, or over other bytes, is bad', () => {
    const other = ecSigner()
    expect(reasonsOf(makeDcc(ec, { signature: other.signRaw }))).toEqual(['bad-signature'])
    expect(reasonsOf(makeDcc(rsa, { signature: (d) => rsa.signRaw(Uint8Array.from([...d, 0])) }))).toEqual(['bad-signature'])
  })
})

describe('verifyDcc: semantics after a good signature', () => {
  test('time: iat in the future, exp reached, DSC validity, unusable clock', () => {
    expect(reasonsOf(makeDcc(ec, { iat: NOW + 1 }))).toEqual(['not-yet-valid'])
    expect(reasonsOf(makeDcc(ec, { exp: NOW }))).toEqual(['expired'])
    const r = verifyDcc(makeDcc(ec, { exp: NOW - 1 }), trust, NOW)
    expect(r.valid).toBe(false)
    expect(r.claims?.dcc).toEqual(VACC) // signed data stays showable: "whose code expired"
    const old = ecSigner({ notBefore: NOW - 1000, notAfter: NOW - 1 })
    expect(reasonsOf(makeDcc(old), [old.certBase64])).toEqual(['expired'])
    const young = ecSigner({ notBefore: NOW + 1 })
    expect(reasonsOf(makeDcc(young), [young.certBase64])).toEqual(['not-yet-valid'])
    expect(reasonsOf(makeDcc(ec), trust, NaN)).toEqual(['expired'])
  })
  test('key usage: both OID arcs, and no DCC OID means any type', () => {
    const testDcc = { ver: VACC.ver, nam: VACC.nam, dob: VACC.dob, t: [{ tg: '840539006', tt: 'LP6464-4', sc: '2021-05-01T10:00:00Z', tr: '260415000', co: 'AT', is: 'X', ci: 'Y' }] }
    for (const o of ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.4.1.0.1847.2021.1.2']) {
      const s = ecSigner({ eku: [o, '1.3.6.1.5.5.7.3.2'] })
      expect(reasonsOf(makeDcc(s), [s.certBase64])).toEqual([])
      expect(reasonsOf(makeDcc(s, { hcert: testDcc }), [s.certBase64])).toEqual(['key-usage'])
    }
    const plain = ecSigner({ eku: ['1.3.6.1.5.5.7.3.2'] })
    expect(reasonsOf(makeDcc(plain, { hcert: testDcc }), [plain.certBase64])).toEqual([])
  })
  test('schema: exactly one of v/t/r; invalid data is never returned as claims', () => {
    const both = { ...VACC, r: [{ tg: '840539006', fr: '2021-01-01', co: 'AT', is: 'X', df: '2021-01-02', du: '2021-06-01', ci: 'Z' }] }
    const r = verifyDcc(makeDcc(ec, { hcert: both, exp: NOW - 1 }), trust, NOW)
    expect(r).toEqual({ valid: false, kind: 'dcc', reasons: ['schema', 'expired'], claims: null })
    expect(reasonsOf(makeDcc(ec, { hcert: { ...VACC, v: [VACC.v[0], VACC.v[0]] } }))).toEqual(['schema'])
    expect(reasonsOf(makeDcc(ec, { hcert: { ...VACC, dob: '1964-08-12T00:00:00' } }))).toEqual(['schema'])
  })
  test('CWT structure problems are cose', () => {
    const claims = (m: [number, CborValue][]) => new Map<number, CborValue>(m)
    const hc = new Map([[1, new Map<string, CborValue>([['ver', '1.3.0']])]])
    expect(reasonsOf(makeDcc(ec, { claims: claims([[6, NOW], [4, NOW + 9]]) }))).toEqual(['cose'])
    expect(reasonsOf(makeDcc(ec, { claims: claims([[6, 'now'], [4, NOW + 9], [-260, hc]]) }))).toEqual(['cose'])
    expect(reasonsOf(makeDcc(ec, { claims: claims([[6, NOW], [-260, hc]]) }))).toEqual(['cose'])
    expect(reasonsOf(makeDcc(ec, { claims: claims([[1, 7], [6, NOW], [4, NOW + 9], [-260, hc]]) }))).toEqual(['cose'])
  })
})

describe('verifyDcc: transport layers', () => {
  test('prefix and version', () => {
    const good = makeDcc(ec)
    expect(reasonsOf(good.replace('HC1:', 'HC2:'))).toEqual(['unsupported-version'])
    expect(reasonsOf(good.replace('HC1:', 'hc1:'))).toEqual(['prefix'])
    expect(reasonsOf(good.slice(4))).toEqual(['prefix'])
    expect(reasonsOf(' ' + good)).toEqual(['prefix'])
    expect(reasonsOf(undefined as unknown as string)).toEqual(['prefix'])
  })
  test('base45, length cap, zlib (uncompressed, broken checksum, truncated)', () => {
    expect(reasonsOf('HC1:abc')).toEqual(['base45'])
    expect(reasonsOf('HC1:' + '0'.repeat(9000))).toEqual(['base45'])
    const cose = cborEncode(new Tagged(18, [new Uint8Array(0), new Map(), new Uint8Array(1), new Uint8Array(64)]))
    expect(reasonsOf('HC1:' + base45Encode(cose))).toEqual(['decompress'])
    const z = zlibSync(cose)
    const badSum = Uint8Array.from(z); badSum[badSum.length - 1] ^= 1
    expect(reasonsOf('HC1:' + base45Encode(badSum))).toEqual(['decompress'])
    expect(reasonsOf('HC1:' + base45Encode(z.subarray(0, z.length - 6)))).toEqual(['decompress'])
    expect(reasonsOf('HC1:' + base45Encode(z))).toEqual(['cose']) // inflates fine; fails later (no alg)
  })
  test('COSE structure: wrong tag, bare CWT tag, wrong shapes, kid type', () => {
    const text = (v: CborValue) => 'HC1:' + base45Encode(zlibSync(cborEncode(v)))
    const arr: CborValue[] = [cborEncode(new Map<number, CborValue>([[1, -7], [4, ec.kid]])), new Map(), new Uint8Array(1), new Uint8Array(64)]
    expect(reasonsOf(text(new Tagged(98, arr)))).toEqual(['cose'])
    expect(reasonsOf(text(new Tagged(61, arr)))).toEqual(['cose'])
    expect(reasonsOf(text(arr.slice(0, 3)))).toEqual(['cose'])
    expect(reasonsOf(text([arr[0], new Map(), null, arr[3]]))).toEqual(['cose'])
    expect(reasonsOf(text([cborEncode([1]), ...arr.slice(1)]))).toEqual(['cose'])
    expect(reasonsOf(text([cborEncode(new Map<number, CborValue>([[1, -7], [4, 'kid']])), ...arr.slice(1)]))).toEqual(['cose'])
  })
})

describe('verifyDcc never throws and never returns unsigned claims', () => {
  const vectorDir = join(__dirname, '../conformance/dcc/common/2DCode/raw')
  const seeds = [makeDcc(ec), makeDcc(rsa), ...readdirSync(vectorDir).map((f) => JSON.parse(readFileSync(join(vectorDir, f), 'utf8')).PREFIX as string)]
  const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
  let seed = 42
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n }
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => rnd(256))

  test('random text, random Base45, random zlib, mutated real codes', () => {
    const inputs: string[] = []
    for (let i = 0; i < 300; i++) inputs.push(String.fromCharCode(...Array.from({ length: rnd(80) }, () => rnd(0x3000))))
    for (let i = 0; i < 300; i++) inputs.push('HC1:' + Array.from({ length: rnd(400) }, () => B45[rnd(45)]).join(''))
    for (let i = 0; i < 300; i++) inputs.push('HC1:' + base45Encode(zlibSync(randomBytes(rnd(300)))))
    for (let i = 0; i < 600; i++) {
      const s = seeds[i % seeds.length]
      const at = 4 + rnd(Math.max(1, s.length - 4))
      const c = B45[(B45.indexOf(s[at]) + 1 + rnd(44)) % 45] // always a different character
      inputs.push(s.slice(0, at) + c + s.slice(at + 1))
    }
    for (let i = 0; i < 300; i++) {
      // Valid zlib around a corrupted COSE, so the CBOR/COSE/CWT layers see hostile bytes too.
      const bytes = cborEncode(new Tagged(18, [cborEncode(new Map<number, CborValue>([[1, -7], [4, ec.kid]])), new Map(), randomBytes(rnd(200)), randomBytes(64)]))
      bytes[rnd(bytes.length)] ^= 1 << rnd(8)
      inputs.push('HC1:' + base45Encode(zlibSync(bytes)))
    }
    const clocks = [NOW, NaN, -Infinity, 0, 1e20]
    inputs.forEach((text, i) => {
      const r = verifyDcc(text, trust, clocks[i % clocks.length])
      expect(r.kind).toBe('dcc')
      expect(r.valid).toBe(false)
      expect(r.reasons.length).toBeGreaterThan(0)
      expect(r.claims).toBeNull()
    })
    expect(() => verifyDcc(makeDcc(ec), null as unknown as string[], NOW)).not.toThrow()
    expect(() => verifyDcc(makeDcc(ec), [null, 5] as unknown as string[], NOW)).not.toThrow()
  })
})

describe('pure core constraints', () => {
  const dir = join(__dirname, '../../src/core/dcc')
  test.each(readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f)))('%s uses no host-only API', (f) => {
    const src = readFileSync(join(dir, f), 'utf8')
    expect(src).not.toMatch(/\bBuffer\b|TextEncoder|TextDecoder|\bnew Function\b|\beval\s*\(|from '(node:)?crypto'|\brequire\s*\(/)
    if (!f.includes('.generated.')) expect(src.split('\n').length).toBeLessThanOrEqual(200)
  })
})
