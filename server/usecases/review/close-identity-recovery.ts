// An auditor closes an identity-recovery item without moving anything: they met the person, and the
// document they showed is not the number of a conflicting attempt (a typing mistake, a relative's number,
// or someone else's). The account stays unbound and is unfrozen: it may bind the number on its own
// document, but only within its lifetime limit of 2 distinct numbers, so unfreezing gives no new tries, and
// a try of a number bound elsewhere freezes it again and notifies that number's owner again. Closing
// reveals nothing about anyone and moves nothing, so one auditor may do it (logged). An item whose person
// never comes stays open, and the account stays frozen.
import type { RecoveryItem, identityRecoveryClose } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { findRecovery, recoveryView } from './recovery-view'

export class CloseIdentityRecovery {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: Pick<PiiProtector, 'seal' | 'open'> }) {}

  async execute(auditor: Actor, { recoveryId, note }: ParsedInputOf<typeof identityRecoveryClose>): Promise<RecoveryItem> {
    const { store, clock, pii } = this.deps
    const r = await findRecovery(store.identityRecoveries, auditor, recoveryId, ['open', 'requested'])
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.identityRecoveries.update(r.id, { state: 'closed', decidedBy: auditor.accountId, decidedAt: now, decisionNoteEnc: pii.seal(note) })
      await tx.identityAttempts.dropClaims(r.accountId)
      await tx.notices.add({ id: newId(), accountId: r.accountId, at: now, kind: 'identity', readAt: null, text: {
        title: { zh: '身份核验已结束', en: 'Your identity check is closed' },
        body: { zh: '未转移任何证件号。您可以用本人证件号完成实名绑定。', en: 'No ID number was moved. You may bind the number on your own document.' }
      } })
      await tx.audit.append({ region: r.region, actor: auditor.accountId, action: 'identity.recovery.close', subject: r.accountId, data: { recovery: r.id, requestedBy: r.requestedBy } })
    })
    return recoveryView({ accounts: store.accounts, identityAttempts: store.identityAttempts, staff: store.staff, pii }, (await store.identityRecoveries.find(r.id))!, auditor.accountId)
  }
}
