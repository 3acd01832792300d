// Drives the citizen's path over the host API the way the app does: consent, declaration with the ID
// number encrypted under the host's transport key (RSA-OAEP-256, as jsencrypt's encryptOAEP sends it).
import { constants, publicEncrypt, randomBytes } from 'node:crypto'
import { generateDeviceKey } from '@core/crypto/device-key'
import { toBase64 } from '@core/encoding/bytes'
import { idCheckCharacter } from '@core/identity/id-number'
import type { RunningHost } from './host'
import { recordIdentifier } from './identifiers'

export function validIdNumber(region = '330106', birth = '19900307', seq = '123'): string {
  const first17 = region + birth + seq
  const id = first17 + idCheckCharacter(first17)
  recordIdentifier(id)
  return id
}

export async function encryptId(host: RunningHost, id: string): Promise<string> {
  const key = await host.call<{ publicKeyPem: string }>('transport-key', {})
  return publicEncrypt({ key: key.body.data!.publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(id)).toString('base64')
}

export function chinaToday(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10)
}

export function declaration(extra: Record<string, unknown> = {}) {
  return {
    health: { temperature: 36.5, symptoms: [], conditions: ['none'] },
    trips: [],
    contact: 'none',
    tests: [],
    ...extra
  }
}

export async function basicInfo(host: RunningHost, id: string, name = '王小明') {
  return { name, idType: 'resident-id', idNumberEncrypted: await encryptId(host, id), householdRegion: '330106', address: '杭州市西湖区文三路 1 号' }
}

export function newDevice() {
  const key = generateDeviceKey(n => new Uint8Array(randomBytes(n)))
  return { ...key, publicKeyBase64: toBase64(key.publicKey) }
}
