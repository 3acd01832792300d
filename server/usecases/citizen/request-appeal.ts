// 申诉: an appeal against the current status, with attachments. It names the status it appeals (by the
// time it was set); its progress and the auditor's decision show in the citizen's history.
import { AppError } from '@core/api/app-error'
import type { appealRequest, CaseOpened } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { storeAttachments } from './store-attachments'

export class RequestAppeal {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock }) {}

  async execute(actor: Actor, { description, attachments }: ParsedInputOf<typeof appealRequest>): Promise<CaseOpened> {
    const { store, pii, clock } = this.deps
    const [citizen, status] = await Promise.all([store.citizens.find(actor.accountId), store.statuses.find(actor.accountId)])
    if (!citizen || !status) throw new AppError('NOT_DECLARED')
    const id = newId()
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.cases.addAppeal({ id, accountId: actor.accountId, region: citizen.region, statusAt: Date.parse(status.record.setAt), descriptionEnc: pii.seal(description), createdAt: now })
      await storeAttachments(tx, pii, actor.accountId, id, attachments, now)
      await tx.audit.append({ region: citizen.region, actor: actor.accountId, action: 'appeal.request', subject: actor.accountId, data: { id, status: status.record.status } })
    })
    return { id, state: 'open' }
  }
}
