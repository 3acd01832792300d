// What an identity-recovery item rests on: every binding attempt of the frozen account — when, which
// document type, the number and the typed surname masked, and whether the number was bound elsewhere —
// for the auditor who meets the person and checks the document. Nothing of the number's owner. Reading
// it is logged as a staff read of the trying account.
import type { RecoveryEvidence, identityRecoveryEvidence } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { IdentityRecoveryStore } from '../../ports/identity-recovery-store'
import type { AuditLog } from '../../ports/audit-log'
import type { Actor } from '../actor'
import { attemptView, findRecovery, recoveryView, type RecoveryReads } from './recovery-view'

export class GetRecoveryEvidence {
  constructor(private readonly deps: RecoveryReads & { identityRecoveries: Pick<IdentityRecoveryStore, 'find'>; audit: AuditLog }) {}

  async execute(auditor: Actor, { recoveryId }: ParsedInputOf<typeof identityRecoveryEvidence>): Promise<RecoveryEvidence> {
    const { identityRecoveries, identityAttempts, audit } = this.deps
    const r = await findRecovery(identityRecoveries, auditor, recoveryId, ['open', 'requested', 'moved', 'closed'])
    const attempts = await identityAttempts.forAccount(r.accountId)
    // Logged before answering: a read whose log entry failed is not answered.
    await audit.append({ region: r.region, actor: auditor.accountId, action: 'read.recovery', subject: r.accountId, reason: `identity-recovery:${r.id}`, data: { attempts: attempts.length } })
    return { recovery: await recoveryView(this.deps, r, auditor.accountId), attempts: attempts.map(attemptView) }
  }
}
