// 纠错 (GB/T 38963 correction): a citizen reports wrong trip, test, vaccination or identity data, with
// attachments. The request waits for an auditor; its progress shows in the citizen's record.
import { AppError } from '@core/api/app-error'
import type { CaseOpened, correctionRequest } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { Correction } from '../../ports/correction-store'
import type { RandomSource } from '../../ports/random-source'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { fileWithReference } from './case-reference'
import { storeAttachments } from './store-attachments'

export class RequestCorrection {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock; random: RandomSource }) {}

  async execute(actor: Actor, input: ParsedInputOf<typeof correctionRequest>): Promise<CaseOpened> {
    const { store, pii, clock, random } = this.deps
    const citizen = await store.citizens.find(actor.accountId)
    if (!citizen) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const id = newId()
    const descriptionEnc = pii.seal(input.description)
    return fileWithReference(store, random, async (tx, reference) => {
      const correction: Correction = {
        id, reference, accountId: actor.accountId, region: citizen.region, category: input.category,
        descriptionEnc, state: 'open', createdAt: now, updatedAt: now
      }
      await tx.corrections.insert(correction)
      await storeAttachments(tx, pii, actor.accountId, id, input.attachments, now)
      await tx.audit.append({ region: citizen.region, actor: actor.accountId, action: 'correction.request', subject: actor.accountId, data: { id, reference, category: input.category } })
      return { id, reference, state: correction.state }
    })
  }
}
