// A code for the person who granted "hold and show", bound to the relative's own phone. A different
// phone replaces the last one, whose codes for the holder are revoked. The use is logged.
import { AppError } from '@core/api/app-error'
import type { GrantCode, grantCode } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { deviceHashOf } from '../credential/generate-code'
import { issueForHolder } from '../credential/issue-for-holder'
import { revokeHolder } from '../credential/revoke-holder'
import { liveGrant } from './live-grant'

export interface GrantCodeDeps {
  store: Store
  clock: Clock
  signer: IssuerSigner
  pseudonymOf: (accountId: string) => Uint8Array
  /** Counts an issued code for the region's dashboard. */
  onIssued: (region: string) => void
}

export class GetGrantCode {
  constructor(private readonly deps: GrantCodeDeps) {}

  async execute(actor: Actor, { grantId, devicePublicKey }: ParsedInputOf<typeof grantCode>): Promise<GrantCode> {
    const { store, clock, signer, pseudonymOf } = this.deps
    const g = await liveGrant({ grants: store.grants, audit: store.audit, clock }, actor, grantId, ['hold'], 'hold-code')
    const device = deviceHashOf(devicePublicKey)
    const now = clock.now()
    if (g.deviceHash !== device.hash) {
      await store.transaction(async tx => {
        if (g.deviceHash) await revokeHolder(tx, { region: g.region, accountId: g.grantorId, device: g.deviceHash, nowMs: now, reason: 'grant:device-replaced' }, pseudonymOf)
        await tx.grants.update(g.id, { deviceHash: device.hash })
      })
    }
    const holder = await store.holders.load(g.grantorId)
    if (!holder || !holder.status) throw new AppError('NOT_DECLARED')
    const code = issueForHolder({ ...holder, deviceHash: device.hash }, signer, pseudonymOf, now)
    this.deps.onIssued(holder.region)
    return { ...code, status: holder.status, serverTime: now, expiresGrantAt: g.expiresAt }
  }
}
