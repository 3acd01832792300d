// src/core/crypto/hmac-drbg.ts against NIST CAVP's HMAC_DRBG (SHA-256) known answers
// (test/conformance/nist-drbg/README.md), plus the limits SP 800-90A sets.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HmacDrbg, MAX_REQUEST_BYTES } from '@core/crypto/hmac-drbg'

interface Vector {
  file: string
  section: string
  count: number
  entropyInput: string
  nonce: string
  personalizationString: string
  entropyInputReseed?: string
  additionalInputReseed?: string
  additionalInput: [string, string]
  returnedBits: string
}

const { vectors } = JSON.parse(readFileSync(join(__dirname, '..', 'conformance', 'nist-drbg', 'hmac-drbg-sha256.json'), 'utf8')) as { vectors: Vector[] }
const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'))
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('HMAC_DRBG (SHA-256) against NIST CAVP', () => {
  it('carries vectors of every kind used', () => {
    expect(vectors.filter(v => v.entropyInputReseed).length).toBeGreaterThanOrEqual(2)
    expect(vectors.some(v => v.personalizationString)).toBe(true)
    expect(vectors.some(v => v.additionalInput[0] && !v.entropyInputReseed)).toBe(true)
    expect(vectors.some(v => v.additionalInputReseed)).toBe(true)
  })

  it.each(vectors.map(v => [`${v.file} ${v.section} COUNT = ${v.count}`, v] as const))('%s', (_name, v) => {
    const drbg = new HmacDrbg(hex(v.entropyInput), hex(v.nonce), hex(v.personalizationString))
    if (v.entropyInputReseed !== undefined) drbg.reseed(hex(v.entropyInputReseed), hex(v.additionalInputReseed ?? ''))
    const bytes = v.returnedBits.length / 2
    drbg.generate(bytes, hex(v.additionalInput[0]))
    expect(toHex(drbg.generate(bytes, hex(v.additionalInput[1])))).toBe(v.returnedBits)
  })
})

describe('HMAC_DRBG limits', () => {
  const seed = new Uint8Array(32).fill(7)

  it('refuses entropy inputs below the 256-bit security strength, at instantiation and at reseed', () => {
    expect(() => new HmacDrbg(new Uint8Array(31), new Uint8Array(16))).toThrow('entropy input too short')
    expect(() => new HmacDrbg(seed, new Uint8Array(16)).reseed(new Uint8Array(31))).toThrow('entropy input too short')
  })

  it('refuses requests above 2^19 bits and serves odd lengths as a prefix of the block stream', () => {
    expect(() => new HmacDrbg(seed, new Uint8Array(0)).generate(MAX_REQUEST_BYTES + 1)).toThrow('bad request length')
    const a = new HmacDrbg(seed, new Uint8Array(0)).generate(45)
    const b = new HmacDrbg(seed, new Uint8Array(0)).generate(64)
    expect(toHex(a)).toBe(toHex(b.subarray(0, 45)))
  })

  it('is deterministic in its inputs, and a reseed with other entropy changes every later output', () => {
    const one = new HmacDrbg(seed, Uint8Array.of(1))
    const two = new HmacDrbg(seed, Uint8Array.of(1))
    expect(toHex(one.generate(32))).toBe(toHex(two.generate(32)))
    one.reseed(new Uint8Array(32).fill(1))
    two.reseed(new Uint8Array(32).fill(2))
    expect(toHex(one.generate(32))).not.toBe(toHex(two.generate(32)))
  })
})
