// An auditor records the in-person identity check: they met the person behind a frozen account, and the
// document shows the number of one of its conflicting attempts, so the person is that number's real owner.
// This only asks for the move; it changes nothing until a second, different auditor approves it (moving
// an identity lets its new holder see that person's status and history, as a manual status change would).
import { AppError } from '@core/api/app-error'
import type { RecoveryItem, identityRecoveryRequest } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { findRecovery, recoveryView } from './recovery-view'

export class RequestIdentityRecovery {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: Pick<PiiProtector, 'seal' | 'open'> }) {}

  async execute(auditor: Actor, { recoveryId, attemptId, note }: ParsedInputOf<typeof identityRecoveryRequest>): Promise<RecoveryItem> {
    const { store, clock, pii } = this.deps
    const r = await findRecovery(store.identityRecoveries, auditor, recoveryId, ['open'])
    const attempt = await store.identityAttempts.find(attemptId)
    if (!attempt || attempt.accountId !== r.accountId) throw new AppError('NOT_FOUND', 'attempt')
    // Only a number bound to another account needs a move; one bound to nobody binds once the item is closed.
    if (attempt.outcome !== 'conflict' || !attempt.claim) throw new AppError('CONFLICT', 'attempt is not a conflict')
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.identityRecoveries.update(r.id, { state: 'requested', attemptId, requestedBy: auditor.accountId, requestedAt: now, noteEnc: pii.seal(note) })
      await tx.audit.append({ region: r.region, actor: auditor.accountId, action: 'identity.recovery.request', subject: r.accountId, data: { recovery: r.id, attempt: attemptId } })
    })
    return recoveryView({ accounts: store.accounts, identityAttempts: store.identityAttempts, staff: store.staff, pii }, (await store.identityRecoveries.find(r.id))!, auditor.accountId)
  }
}
