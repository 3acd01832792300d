// A real signed credential and device key for client tests (code card, wallet, mini-program pages),
// issued with the domain core exactly as the host issues them.
import { randomBytes } from 'node:crypto'
import { createIssuerKey, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { issueCredential } from '@core/credential/issue'
import { holderPseudonym } from '@core/credential/pseudonym'
import { deviceKeyHash, generateDeviceKey } from '@core/crypto/device-key'
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import type { HealthStatus } from '@core/credential/format'

const random = (n: number) => new Uint8Array(randomBytes(n))

export interface CredentialFixture {
  credential: string
  issuedAt: number
  expiresAt: number
  devicePrivateKey: Uint8Array
  devicePrivateKeyBase64: string
  trustList: { issuers: ReturnType<typeof trustEntryOf>[] }
}

export function issueFixture(opts: { status?: HealthStatus; issuedAtS?: number; surname?: string; idEnds?: string; region?: string } = {}): CredentialFixture {
  const issuedAt = Math.floor((opts.issuedAtS ?? Date.now() / 1000) / 60) * 60
  const key = createIssuerKey('ES256', opts.region ?? '330100', random, issuedAt * 1000 - 86400_000)
  const device = generateDeviceKey(random)
  const issued = issueCredential({
    holder: holderPseudonym(fromBase64(key.pseudonymKey), 'account-1'),
    surname: opts.surname ?? '王', idEnds: opts.idEnds ?? '3336', status: opts.status ?? 'green',
    deviceKeyHash: deviceKeyHash(device.publicKey), issuedAt
  }, signerOf(key))
  return {
    credential: issued.text, issuedAt: issued.content.issuedAt, expiresAt: issued.content.expiresAt,
    devicePrivateKey: device.privateKey, devicePrivateKeyBase64: toBase64(device.privateKey),
    trustList: { issuers: [trustEntryOf(key)] }
  }
}
