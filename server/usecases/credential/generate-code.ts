// 制码 (GB/T 38963 generate code): a fresh credential bound to the caller's phone. A key this holder has
// not used before means a new phone: the old phone's credentials are revoked (one entry naming its key)
// and the new key is bound. A routine refresh reads only, and revokes nothing.
import { createHash } from 'node:crypto'
import { AppError } from '@core/api/app-error'
import type { CodeResult, codeGenerate } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import { deviceKeyHash } from '@core/crypto/device-key'
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { issueForHolder } from './issue-for-holder'
import { revokeHolder } from './revoke-holder'

const invalidKey = () => new AppError('INVALID_INPUT', 'not a device public key', [{ path: 'devicePublicKey', code: 'invalid_format', message: '设备密钥无效 / Invalid device key' }])

/** The key's hash from its compressed bytes (a native hash: every refresh does this). */
export function deviceHashOf(publicKeyBase64: string): { hash: string; publicKey: Uint8Array } {
  let pub: Uint8Array
  try { pub = fromBase64(publicKeyBase64) } catch { throw invalidKey() }
  if (pub.length !== 33 || (pub[0] !== 2 && pub[0] !== 3)) throw invalidKey()
  return { hash: createHash('sha256').update(pub).digest().subarray(0, 8).toString('base64url'), publicKey: pub }
}

/** Full check that the key is a point on the curve, when a phone is bound (rarely). */
function assertOnCurve(pub: Uint8Array, hash: string): void {
  try {
    if (toBase64(deviceKeyHash(pub), true) !== hash) throw new Error('not canonical')
  } catch {
    throw invalidKey()
  }
}

export class GenerateCode {
  constructor(private readonly deps: { store: Store; clock: Clock; signer: IssuerSigner; pseudonymOf: (accountId: string) => Uint8Array; onIssued?: (region: string) => void }) {}

  /** `bind`: this phone asks to hold the code (first use, or moving back); a renewal never takes it over. */
  async execute(actor: Actor, { devicePublicKey, bind = false }: ParsedInputOf<typeof codeGenerate>): Promise<CodeResult> {
    const { store, clock, signer, pseudonymOf } = this.deps
    const device = deviceHashOf(devicePublicKey)
    const now = clock.now()
    let holder = await store.holders.load(actor.accountId)
    if (!holder || !holder.status) throw new AppError('NOT_DECLARED')
    const deviceChanged = holder.deviceHash !== device.hash
    // A replaced phone renewing on its own must not take the binding back (and revoke the new phone).
    if (deviceChanged && holder.deviceHash && !bind) throw new AppError('DEVICE_REPLACED')
    if (deviceChanged) {
      assertOnCurve(device.publicKey, device.hash)
      const previous = holder.deviceHash
      holder = await store.transaction(async tx => {
        if (previous) await revokeHolder(tx, { region: holder!.region, accountId: actor.accountId, device: previous, nowMs: now, reason: 'device:replaced' }, pseudonymOf)
        await tx.devices.bind({ accountId: actor.accountId, keyHash: device.hash, publicKey: toBase64(device.publicKey), boundAt: now })
        await tx.audit.append({ region: holder!.region, actor: actor.accountId, action: 'device.bind', subject: actor.accountId, data: { device: device.hash, replaced: previous } })
        return tx.holders.load(actor.accountId)
      })
    }
    const issued = issueForHolder(holder!, signer, pseudonymOf, now)
    this.deps.onIssued?.(holder!.region)
    return { ...issued, status: holder!.status as CodeResult['status'], serverTime: now, deviceChanged }
  }
}
