// 纠错 (GB/T 38963 correction): a citizen reports wrong trip, test, vaccination or identity data, with
// attachments. The request waits for an auditor; its progress shows in the citizen's record.
import { AppError } from '@core/api/app-error'
import type { CaseOpened, correctionRequest } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { Correction } from '../../ports/correction-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { storeAttachments } from './store-attachments'

export class RequestCorrection {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  async execute(actor: Actor, input: ParsedInputOf<typeof correctionRequest>): Promise<CaseOpened> {
    const { store, pii, clock } = this.deps
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const correction: Correction = {
      id: newId(), accountId: actor.accountId, region: citizen.region, category: input.category,
      descriptionEnc: pii.seal(input.description), state: 'open', createdAt: now, updatedAt: now
    }
    await store.transaction(async tx => {
      await tx.corrections.insert(correction)
      await storeAttachments(tx, pii, actor.accountId, correction.id, input.attachments, now)
      await tx.audit.append({ region: citizen.region, actor: actor.accountId, action: 'correction.request', subject: actor.accountId, data: { id: correction.id, category: input.category } })
    })
    return { id: correction.id, state: correction.state }
  }
}
