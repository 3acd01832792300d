// The second auditor approves moving an identity to the account whose person proved, in person and with
// the document, to be the real owner of the number. Never the auditor who recorded the check (40305).
// In one transaction: the account that held the number loses it (its codes revoked, its grants to
// relatives ended, a notice), the status and its history follow the identity, the number binds to the
// new account with what its owner typed, and both auditors are in the audit log.
import { AppError } from '@core/api/app-error'
import type { RecoveryItem, identityRecoveryApprove } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import { toBase64 } from '@core/encoding/bytes'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { revokeHolder } from '../credential/revoke-holder'
import { findRecovery, recoveryView } from './recovery-view'
import { assertIndependent, type IndependenceRule } from '../staff/independent-origins'

export interface ApproveRecoveryDeps {
  store: Store
  clock: Clock
  pii: PiiProtector
  pseudonymOf: (accountId: string) => Uint8Array
  /** Who may approve whose request (docs/dual-control.md): not one admin's appointees vouching for each other. */
  independence: IndependenceRule
}

export class ApproveIdentityRecovery {
  constructor(private readonly deps: ApproveRecoveryDeps) {}

  async execute(auditor: Actor, { recoveryId }: ParsedInputOf<typeof identityRecoveryApprove>): Promise<RecoveryItem> {
    const { store, clock, pii, pseudonymOf } = this.deps
    const r = await findRecovery(store.identityRecoveries, auditor, recoveryId, ['requested'])
    // A requested recovery always names the auditor who recorded the in-person check.
    const requester = r.requestedBy as string
    if (requester === auditor.accountId) throw new AppError('SECOND_APPROVER_REQUIRED')
    // As for manual status changes: the two auditors must not owe their powers to each other, nor to one admin
    // within the cooling-off period, or one person with several accounts could move an identity alone.
    await assertIndependent(store.staff, this.deps.independence, requester, auditor.accountId, clock.now())
    const attempt = r.attemptId ? await store.identityAttempts.find(r.attemptId) : null
    if (!attempt || attempt.accountId !== r.accountId || attempt.outcome !== 'conflict' || !attempt.claim) throw new AppError('CONFLICT', 'attempt no longer movable')
    const claim = attempt.claim
    const now = clock.now()
    await store.transaction(async tx => {
      if (await tx.citizens.find(r.accountId)) throw new AppError('CONFLICT', 'account already bound')
      // The sealed lookup key (ID type and number) as it was tried: hashed again, it finds any other holder.
      const id = pii.open(attempt.idEnc)
      const previous = await tx.citizens.findByIdHash(pii.lookupHashes('id', id))
      if (previous) {
        // Its codes die offline too: one revocation entry for the holder, every device.
        await revokeHolder(tx, { region: previous.region, accountId: previous.accountId, device: null, nowMs: now, reason: 'identity:moved' }, pseudonymOf)
        await tx.statuses.moveTo(previous.accountId, r.accountId)
        await tx.citizens.unbind(previous.accountId)
        for (const g of await tx.grants.forGrantor(previous.accountId)) {
          if (g.endedAt === null) await tx.grants.update(g.id, { state: 'revoked', endedAt: now })
        }
        await tx.notices.add({ id: newId(), accountId: previous.accountId, at: now, kind: 'identity', readAt: null, text: {
          title: { zh: '您账号的实名绑定已解除', en: 'The real-name binding of your account was removed' },
          body: {
            zh: '经工作人员当面核验证件，该证件号属于另一位本人，已转至其账号；您此前的健康码已作废。如有异议，请携带本人证件到社区或采集点办理。',
            en: 'Staff checked the document in person: the ID number belongs to someone else and was moved to their account; your earlier codes no longer work. If you disagree, bring your own document to a community office or collection point.'
          }
        } })
        await tx.audit.append({ region: previous.region, actor: auditor.accountId, action: 'identity.unbind', subject: previous.accountId, reason: 'identity-recovery', data: { recovery: r.id, to: r.accountId } })
      }
      await tx.citizens.bind({
        accountId: r.accountId, region: previous?.region ?? r.region, nameEnc: claim.nameEnc, surname: claim.surname, idType: attempt.idType,
        idEnc: pii.seal(id), idHash: pii.lookupHash('id', id), idEnds: attempt.idEnds, particularsEnc: claim.particularsEnc, holder: toBase64(pseudonymOf(r.accountId), true),
        householdRegion: claim.householdRegion, addressEnc: claim.addressEnc, boundAt: now
      })
      await tx.identityRecoveries.update(r.id, { state: 'moved', decidedBy: auditor.accountId, decidedAt: now })
      await tx.identityAttempts.dropClaims(r.accountId)
      await tx.notices.add({ id: newId(), accountId: r.accountId, at: now, kind: 'identity', readAt: null, text: {
        title: { zh: '身份核验完成，实名已绑定', en: 'Identity checked: your real name is bound' },
        body: { zh: '该证件号的健康状态和记录已转入本账号。请打开健康码页面，并如实完成一次健康申报。', en: 'The status and history of this ID number are now with this account. Open your code, and make a health declaration.' }
      } })
      await tx.audit.append({
        region: r.region, actor: `${r.requestedBy}+${auditor.accountId}`, action: 'identity.recovery.approve', subject: r.accountId,
        data: { recovery: r.id, attempt: attempt.id, from: previous?.accountId ?? null, requestedBy: r.requestedBy, approvedBy: auditor.accountId }
      })
    })
    return recoveryView({ accounts: store.accounts, identityAttempts: store.identityAttempts, staff: store.staff, pii }, (await store.identityRecoveries.find(r.id))!, auditor.accountId)
  }
}
