// Reading and writing key files for the command line. Private key files are written owner-only (0600).
import { writeFileSync } from 'node:fs'
import { readJsonFile, UsageError } from './args'
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import { ISSUER_ALGS } from '@core/crypto/issuer-signature'
import { fromBase64 } from '@core/encoding/bytes'

export interface DeviceKeyFile {
  type: 'device-key'
  alg: 'ES256K'
  privateKey: string
  publicKey: string
  keyHash: string
}

export function writeSecretJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 })
}

export function writePublicJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n')
}

export function readIssuerKey(path: string): IssuerKeyFile {
  const key = readJsonFile<IssuerKeyFile>(path, 'issuer key')
  if (key.type !== 'issuer-key' || !ISSUER_ALGS.includes(key.alg) || !key.privateKey || !/^\d{6}$/.test(key.region)) {
    throw new UsageError(`not an issuer key file: ${path}`)
  }
  return key
}

export function readDeviceKey(path: string): { privateKey: Uint8Array; publicKey: Uint8Array } {
  const key = readJsonFile<DeviceKeyFile>(path, 'device key')
  if (key.type !== 'device-key' || !key.privateKey) throw new UsageError(`not a device key file: ${path}`)
  return { privateKey: fromBase64(key.privateKey), publicKey: fromBase64(key.publicKey) }
}
