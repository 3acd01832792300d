import { randomBytes } from 'node:crypto'
import { createIssuerKey, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { issueCredential } from '@core/credential/issue'
import { presentCredential } from '@core/credential/present'
import { verifyHealthCode } from '@core/credential/verify-healthcode'
import { prepareTrust } from '@core/credential/trust-list'
import { generateDeviceKey, deviceKeyHash } from '@core/crypto/device-key'
import { holderPseudonym } from '@core/credential/pseudonym'
import { fromBase64 } from '@core/encoding/bytes'
import { base45Decode } from '@core/encoding/base45'
import { signRevocationList, withRevocation } from '@core/credential/revocation'

const random = (n: number) => new Uint8Array(randomBytes(n))
const T0 = Date.parse('2026-11-27T08:00:00Z')

describe.each(['ES256', 'SM2'] as const)('credential round trip with %s', alg => {
  const key = createIssuerKey(alg, '330100', random, T0 - 86400_000)
  const device = generateDeviceKey(random)
  const holder = holderPseudonym(fromBase64(key.pseudonymKey), 'account-1')
  const issued = issueCredential({
    holder, surname: '张', idEnds: '1134', status: 'green', deviceKeyHash: deviceKeyHash(device.publicKey),
    issuedAt: T0 / 1000, testValidUntil: T0 / 1000 + 48 * 3600, vaccinated: true
  }, signerOf(key))
  const trust = prepareTrust({ issuers: [trustEntryOf(key)] })
  const now = T0 / 1000 + 600

  it('verifies a fresh presentation and reports minimal claims', () => {
    const qr = presentCredential(issued.text, device.privateKey, now)
    const r = verifyHealthCode(qr, trust, now + 5)
    expect(r).toMatchObject({ valid: true, kind: 'healthcode', reasons: [] })
    expect(r.claims).toMatchObject({ iss: '330100', name: '张*', id: '11**************34', status: 'green', vaccinated: true })
    // payload small enough for QR version 11 at ECC M (366 alphanumeric characters)
    expect(qr.length).toBeLessThanOrEqual(366)
    expect(base45Decode(qr.slice(4)).length).toBeLessThan(245)
  })

  it('rejects a presentation two minutes old and the bare credential', () => {
    const qr = presentCredential(issued.text, device.privateKey, now)
    expect(verifyHealthCode(qr, trust, now + 120).reasons).toEqual(['stale-presentation'])
    expect(verifyHealthCode(issued.text, trust, now).reasons).toEqual(['bad-presentation'])
  })

  it('rejects a presentation signed by another device', () => {
    const other = generateDeviceKey(random)
    const qr = presentCredential(issued.text, other.privateKey, now)
    expect(verifyHealthCode(qr, trust, now).reasons).toEqual(['bad-signature'])
  })

  it('honours a signed revocation list', () => {
    const list = withRevocation({ region: '330100', seq: 0, issuedAt: 0, entries: [] }, { holder, device: null, before: issued.content.issuedAt }, now)
    const file = signRevocationList(list, signerOf(key))
    const t2 = prepareTrust({ issuers: [trustEntryOf(key)], revocations: [file] })
    expect(t2.problems).toEqual([])
    const qr = presentCredential(issued.text, device.privateKey, now)
    expect(verifyHealthCode(qr, t2, now).reasons).toEqual(['revoked'])
  })
})

