// Property tests: no single-byte change of a valid code verifies, and verification never throws.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { verify } from '@core/credential/verify'
import { base45Decode, base45Encode } from '@core/encoding/base45'
import { prepareTrust } from '@core/credential/trust-list'

const load = (alg: string, name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'vectors', alg, name + '.json'), 'utf8'))

describe.each(['ES256', 'SM2'])('%s codes under mutation', alg => {
  for (const name of ['valid-dynamic', 'valid-paper']) {
    const vector = load(alg, name)
    const now = Date.parse(vector.TESTCTX.VALIDATIONCLOCK)
    const trust = prepareTrust(vector.TESTCTX.TRUSTLIST)
    const bytes = base45Decode(vector.PREFIX.slice(4))

    it(`${name}: the unmodified code verifies`, () => {
      expect(verify(vector.PREFIX, trust, now).valid).toBe(true)
    })

    it(`${name}: changing any byte never verifies`, () => {
      fc.assert(fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const changed = new Uint8Array(bytes)
        changed[at] = (changed[at] + delta) & 0xff
        return verify('HZ1:' + base45Encode(changed), trust, now).valid === false
      }), { numRuns: alg === 'SM2' ? 300 : 1000 })
    })

    it(`${name}: changing any character of the text never verifies`, () => {
      const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
      fc.assert(fc.property(fc.nat(vector.PREFIX.length - 1), fc.constantFrom(...alphabet.split('')), (at, ch) => {
        fc.pre(vector.PREFIX[at] !== ch)
        const text = vector.PREFIX.slice(0, at) + ch + vector.PREFIX.slice(at + 1)
        return verify(text, trust, now).valid === false
      }), { numRuns: alg === 'SM2' ? 300 : 1000 })
    })
  }
})

describe('the decoder never throws', () => {
  const vector = load('ES256', 'valid-dynamic')
  const trust = prepareTrust(vector.TESTCTX.TRUSTLIST)
  const check = (text: string) => {
    const r = verify(text, trust, Date.now())
    return typeof r.valid === 'boolean' && Array.isArray(r.reasons) && r.valid === false
  }

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), check), { numRuns: 2000 })
  })
  it('on arbitrary bytes behind our prefix and the DCC prefix', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('HZ1:', 'HC1:'), (b, p) => check(p + base45Encode(b))), { numRuns: 3000 })
  })
  it('on arbitrary trust lists', () => {
    fc.assert(fc.property(fc.anything(), t => {
      const r = verify(vector.PREFIX, t as never, Date.now())
      return r.valid === false || r.valid === true
    }), { numRuns: 500 })
  })
})
