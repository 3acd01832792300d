// 制码 (GB/T 38963 generate code): a fresh credential bound to the caller's phone. A key this holder has
// not used before means a new phone: the old phone's credentials are revoked (one entry naming its key)
// and the new key is bound. A routine refresh reads only, and revokes nothing.
import { AppError } from '@core/api/app-error'
import { deviceKeyHash } from '@core/crypto/device-key'
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../../runtime/actor'
import { issueForHolder, IssuedCode } from './issue-for-holder'
import { revokeHolder } from './revoke-holder'

export interface CodeResult extends IssuedCode {
  status: 'green' | 'yellow' | 'red'
  serverTime: number
  deviceChanged: boolean
}

export function deviceHashOf(publicKeyBase64: string): { hash: string; publicKey: string } {
  try {
    const pub = fromBase64(publicKeyBase64)
    return { hash: toBase64(deviceKeyHash(pub), true), publicKey: toBase64(pub) }
  } catch {
    throw new AppError('INVALID_INPUT', 'not a device public key', [{ path: 'devicePublicKey', code: 'invalid_format', message: '设备密钥无效 / Invalid device key' }])
  }
}

export class GenerateCode {
  constructor(private readonly deps: { store: Store; clock: Clock; signer: IssuerSigner; pseudonymKey: Uint8Array }) {}

  async execute(actor: Actor, devicePublicKey: string): Promise<CodeResult> {
    const { store, clock, signer, pseudonymKey } = this.deps
    const device = deviceHashOf(devicePublicKey)
    const now = clock.now()
    let holder = await store.holders.load(actor.accountId)
    if (!holder || !holder.status) throw new AppError('NOT_DECLARED')
    const deviceChanged = holder.deviceHash !== device.hash
    if (deviceChanged) {
      const previous = holder.deviceHash
      holder = await store.transaction(async tx => {
        if (previous) await revokeHolder(tx, { region: holder!.region, accountId: actor.accountId, device: previous, nowMs: now, reason: 'device:replaced' }, pseudonymKey)
        await tx.devices.bind({ accountId: actor.accountId, keyHash: device.hash, publicKey: device.publicKey, boundAt: now })
        await tx.audit.append({ region: holder!.region, actor: actor.accountId, action: 'device.bind', subject: actor.accountId, data: { device: device.hash, replaced: previous } })
        return tx.holders.load(actor.accountId)
      })
    }
    const code = issueForHolder(holder!, signer, pseudonymKey, now)
    return { ...code, status: holder!.status as CodeResult['status'], serverTime: now, deviceChanged }
  }
}
