// The ID number's mask per type (docs/code-format.md, "Masks"): never more than a resident ID card's 4 of
// 18 characters, fewer for shorter numbers; what a binding keeps of it; and how a code carries it (hcn key
// 9 for every type but the resident ID card, whose codes stay as they were).
import { randomBytes } from 'node:crypto'
import { ID_LENGTHS, maskedIdOf, maskedText, maskOfNumber, maskShape, storedMask } from '@core/identity/id-mask'
import { ID_TYPES, type IdType } from '@core/declaration/vocabulary'
import { createIssuerKey, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { issueCredential } from '@core/credential/issue'
import { presentCredential } from '@core/credential/present'
import { verifyHealthCode } from '@core/credential/verify-healthcode'
import { prepareTrust } from '@core/credential/trust-list'
import { claimsFromCbor, claimsToCbor, ClaimsError } from '@core/credential/claims'
import { cborDecode, cborEncode } from '@core/encoding/cbor'
import { readSign1 } from '@core/credential/cose'
import { decodeText } from '@core/credential/text-codec'
import { readOwnClaims } from '@core/client/own-claims'
import { generateDeviceKey, deviceKeyHash } from '@core/crypto/device-key'
import { holderPseudonym } from '@core/credential/pseudonym'
import { fromBase64 } from '@core/encoding/bytes'
import { CLAIM_HEALTHCODE, HC_ID_ENDS, HC_ID_TYPE } from '@core/credential/format'

const masked = (type: IdType, number: string) => maskedText(maskOfNumber(type, number))

describe('masks per type', () => {
  it('shows the documented characters of each type', () => {
    expect(masked('resident-id', '11010519491231002X')).toBe('11**************2X')
    expect(masked('passport', 'E12345678')).toBe('E******78')
    expect(masked('passport', 'P1234567')).toBe('P******7')
    expect(masked('passport', '12345')).toBe('****5')
    expect(masked('passport', 'AB1234567890CDEFG')).toBe('AB*************FG')
    expect(masked('hk-macao-permit', 'H12345678')).toBe('H******78')
    expect(masked('taiwan-permit', '05616820')).toBe('0******0')
    expect(masked('foreign-permanent-resident', '911840199001010018')).toBe('91**************18')
    expect(masked('foreign-permanent-resident', 'KAZ110090123105')).toBe('K************05')
    expect(masked('hmt-residence-permit', '810000199001010027')).toBe('81**************27')
  })

  it('never shows more than 4 characters, nor a larger share than 4 of 18, at any length a type allows', () => {
    for (const type of ID_TYPES) {
      const [min, max] = ID_LENGTHS[type]
      for (let n = min; n <= max; n++) {
        const { lead, tail } = maskShape(n)
        expect(lead + tail).toBeLessThanOrEqual(4)
        expect((lead + tail) / n).toBeLessThanOrEqual(4 / 18 + 0.12) // 3 of 9 and 2 of 8 are the largest shares
        expect(masked(type, 'X'.repeat(n))).toHaveLength(n)
      }
    }
  })

  it('what a binding keeps: a resident ID card its four characters (as before), every other type its masked text', () => {
    expect(storedMask('resident-id', '11010519491231002X')).toBe('112X')
    expect(maskedIdOf('resident-id', '112X')).toBe('11**************2X')
    expect(storedMask('passport', 'E12345678')).toBe('E******78')
    expect(maskedIdOf('passport', 'E******78')).toBe('E******78')
    expect(maskedIdOf('taiwan-permit', storedMask('taiwan-permit', '05616820'))).toBe('0******0')
  })
})

describe('a code for each type carries its mask', () => {
  const T0 = Date.parse('2026-11-27T08:00:00Z')
  const random = (n: number) => new Uint8Array(randomBytes(n))
  const key = createIssuerKey('ES256', '330100', random, T0 - 86400_000)
  const trust = prepareTrust({ issuers: [trustEntryOf(key)] })
  const device = generateDeviceKey(random)
  const issue = (type: IdType, number: string, surname = '张') => {
    const mask = maskOfNumber(type, number)
    return issueCredential({
      holder: holderPseudonym(fromBase64(key.pseudonymKey), 'account-1'), surname, idEnds: mask.shown, idType: type, idLength: mask.length,
      status: 'green', deviceKeyHash: deviceKeyHash(device.publicKey), issuedAt: T0 / 1000, testValidUntil: T0 / 1000 + 48 * 3600, vaccinated: true
    }, signerOf(key))
  }
  const hcn = (text: string) => (cborDecode(readSign1(decodeText(text)).payload) as Map<number, unknown>).get(CLAIM_HEALTHCODE) as Map<number, unknown>

  it('a passport holder\'s code verifies and shows the passport\'s mask, on the verifier and on the holder\'s own card', () => {
    const issued = issue('passport', 'E12345678', 'S')
    expect(hcn(issued.text).get(HC_ID_ENDS)).toBe('E78')
    expect(hcn(issued.text).get(HC_ID_TYPE)).toEqual([1, 9])
    const r = verifyHealthCode(presentCredential(issued.text, device.privateKey, T0 / 1000 + 60), trust, T0 / 1000 + 65)
    expect(r).toMatchObject({ valid: true, claims: { id: 'E******78', idType: 'passport', name: 'S*' } })
    expect(readOwnClaims(issued.text)).toMatchObject({ id: 'E******78' })
  })

  it('a resident ID card\'s code has no key 9 and reads as before', () => {
    const issued = issue('resident-id', '11010519491231002X')
    expect(hcn(issued.text).has(HC_ID_TYPE)).toBe(false)
    expect(hcn(issued.text).get(HC_ID_ENDS)).toBe('112X')
    expect(verifyHealthCode(presentCredential(issued.text, device.privateKey, T0 / 1000), trust, T0 / 1000).claims).toMatchObject({ id: '11**************2X', idType: 'resident-id' })
  })

  it('the longest passport with a four-character surname still fits QR version 11 at ECC M', () => {
    const qr = presentCredential(issue('passport', 'AB1234567890CDEFG', '欧阳修远').text, device.privateKey, T0 / 1000)
    expect(qr.length).toBeLessThanOrEqual(366)
  })

  it('a verifier refuses (schema) a code showing more than its type\'s mask, an unknown type or an impossible length', () => {
    const content = claimsFromCbor(cborDecode(readSign1(decodeText(issue('passport', 'E12345678').text)).payload))
    const tampered = (patch: (hc: Map<number, unknown>) => void) => {
      const claims = claimsToCbor(content)
      patch(claims.get(CLAIM_HEALTHCODE) as Map<number, unknown>)
      return () => claimsFromCbor(cborDecode(cborEncode(claims)))
    }
    expect(tampered(() => undefined)()).toMatchObject({ idType: 'passport', idEnds: 'E78', idLength: 9 })
    for (const patch of [
      (hc: Map<number, unknown>) => hc.set(HC_ID_ENDS, 'E678'),
      (hc: Map<number, unknown>) => hc.set(HC_ID_TYPE, [9, 9]),
      (hc: Map<number, unknown>) => hc.set(HC_ID_TYPE, [0, 9]),
      (hc: Map<number, unknown>) => hc.set(HC_ID_TYPE, [2, 11]),
      (hc: Map<number, unknown>) => hc.set(HC_ID_TYPE, [1]),
      (hc: Map<number, unknown>) => hc.delete(HC_ID_TYPE)
    ]) expect(tampered(patch)).toThrow(ClaimsError)
  })

  it('an issuer cannot sign more of a number than its mask shows', () => {
    expect(() => issueCredential({
      holder: new Uint8Array(8), surname: '张', idEnds: 'E678', idType: 'passport', idLength: 9, status: 'green', deviceKeyHash: new Uint8Array(8), issuedAt: T0 / 1000
    }, signerOf(key))).toThrow('mask')
  })
})
