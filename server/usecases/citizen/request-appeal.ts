// 申诉: an appeal against the current status, with attachments. It names the status it appeals (by the
// time it was set); its progress and the auditor's decision show in the citizen's history.
import { AppError } from '@core/api/app-error'
import type { appealRequest, CaseOpened } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { RandomSource } from '../../ports/random-source'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { fileWithReference } from './case-reference'
import { storeAttachments } from './store-attachments'

export class RequestAppeal {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock; random: RandomSource }) {}

  async execute(actor: Actor, { description, attachments }: ParsedInputOf<typeof appealRequest>): Promise<CaseOpened> {
    const { store, pii, clock, random } = this.deps
    const [citizen, status] = await Promise.all([store.citizens.find(actor.accountId), store.statuses.find(actor.accountId)])
    if (!citizen || !status) throw new AppError('NOT_DECLARED')
    const id = newId()
    const now = clock.now()
    const descriptionEnc = pii.seal(description)
    return fileWithReference(store, random, async (tx, reference) => {
      await tx.cases.addAppeal({ id, reference, accountId: actor.accountId, region: citizen.region, statusAt: Date.parse(status.record.setAt), descriptionEnc, createdAt: now })
      await storeAttachments(tx, pii, actor.accountId, id, attachments, now)
      await tx.audit.append({ region: citizen.region, actor: actor.accountId, action: 'appeal.request', subject: actor.accountId, data: { id, reference, status: status.record.status } })
      return { id, reference, state: 'open' }
    })
  }
}
