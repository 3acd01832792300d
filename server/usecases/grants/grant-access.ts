// What a relative may do with a live grant: see the holder's status (view or hold), or get a code for the
// holder bound to the relative's own phone (hold). Each use is logged as a read of the holder's data.
import { maskedIdFromEnds } from '@core/identity/masking'
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'
import { AppError } from '@core/api/app-error'
import { deviceHashOf } from '../credential/generate-code'
import { issueForHolder, IssuedCode } from '../credential/issue-for-holder'
import { revokeHolder } from '../credential/revoke-holder'
import { statusView, StatusView } from '../citizen/status-view'
import { ManageGrants } from './manage-grants'

export class GrantAccess {
  constructor(private readonly c: Container) {}

  async status(actor: Actor, grantId: string): Promise<{ holder: { name: string; id: string }; status: StatusView | null }> {
    const g = await new ManageGrants(this.c).use(actor, grantId, ['view', 'hold'], 'view-status')
    const [citizen, status] = await Promise.all([this.c.store.citizens.find(g.grantorId), this.c.store.statuses.find(g.grantorId)])
    if (!citizen) throw new AppError('NOT_DECLARED')
    return { holder: { name: citizen.surname + '*', id: maskedIdFromEnds(citizen.idEnds) }, status: status ? statusView(status.record) : null }
  }

  /** A code for the holder, bound to the relative's phone; a different phone replaces (and revokes) the last. */
  async code(actor: Actor, grantId: string, devicePublicKey: string): Promise<IssuedCode & { status: string; serverTime: number; expiresGrantAt: number }> {
    const { store, clock, signer, pseudonymOf } = this.c
    const g = await new ManageGrants(this.c).use(actor, grantId, ['hold'], 'hold-code')
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
    this.c.issued.issued(holder.region)
    return { ...code, status: holder.status, serverTime: now, expiresGrantAt: g.expiresAt }
  }
}
