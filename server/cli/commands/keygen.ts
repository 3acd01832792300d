import { randomBytes } from 'node:crypto'
import { parse, parseTime, required, UsageError, Io } from '../args'
import { writeSecretJson, DeviceKeyFile } from '../key-files'
import { createIssuerKey, trustEntryOf } from '@core/credential/issuer-key'
import { deviceKeyHash, generateDeviceKey } from '@core/crypto/device-key'
import { ISSUER_ALGS, IssuerAlg } from '@core/crypto/issuer-signature'
import { toBase64 } from '@core/encoding/bytes'
import type { KeyUse } from '@core/credential/trust-list'

const random = (n: number) => new Uint8Array(randomBytes(n))

export function keygen(argv: string[], io: Io): number {
  const { values } = parse(argv, {
    alg: { type: 'string' }, region: { type: 'string' }, out: { type: 'string' },
    device: { type: 'boolean' }, use: { type: 'string' }, days: { type: 'string' },
    'not-before': { type: 'string' }
  })
  const out = required(values.out, '--out')
  if (values.device) {
    const key = generateDeviceKey(random)
    const file: DeviceKeyFile = {
      type: 'device-key', alg: 'ES256K', privateKey: toBase64(key.privateKey), publicKey: toBase64(key.publicKey),
      keyHash: toBase64(deviceKeyHash(key.publicKey), true)
    }
    writeSecretJson(out, file)
    io.out(JSON.stringify({ alg: file.alg, publicKey: file.publicKey, keyHash: file.keyHash }))
    return 0
  }
  const alg = required(values.alg, '--alg') as IssuerAlg
  if (!ISSUER_ALGS.includes(alg)) throw new UsageError('--alg must be ES256 or SM2')
  const region = required(values.region, '--region')
  if (!/^\d{6}$/.test(region)) throw new UsageError('--region must be a six-digit GB/T 2260 code, e.g. 330100')
  const use = (values.use ?? 'issue') as KeyUse
  if (!['issue', 'rules', 'checkpoint'].includes(use)) throw new UsageError('--use must be issue, rules or checkpoint')
  const days = values.days === undefined ? undefined : Number(values.days)
  if (days !== undefined && !(Number.isInteger(days) && days > 0)) throw new UsageError('--days must be a positive whole number')
  // --not-before lets a script or test make a key for a fixed clock; by default the key starts now.
  const notBeforeMs = values['not-before'] === undefined ? undefined : parseTime(values['not-before'], '--not-before')
  const key = createIssuerKey(alg, region, random, Date.now(), { use, validityDays: days, notBeforeMs })
  writeSecretJson(out, key)
  io.out(JSON.stringify(trustEntryOf(key)))
  return 0
}
