// An auditor of the holder's region who checked the relationship in person confirms a pending grant
// (with a note, logged).
import { AppError } from '@core/api/app-error'
import type { GrantSummary, grantConfirm } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Actor } from '../actor'
import { grantSummary } from './grant-summary'

export class ConfirmGrant {
  constructor(private readonly deps: { store: Store }) {}

  async execute(auditor: Actor, { grantId, note }: ParsedInputOf<typeof grantConfirm>): Promise<GrantSummary> {
    const { store } = this.deps
    const g = await store.grants.find(grantId)
    if (!g || g.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'grant')
    if (g.state !== 'pending') throw new AppError('CONFLICT', `grant is ${g.state}`)
    await store.transaction(async tx => {
      await tx.grants.update(g.id, { state: 'active', confirmedBy: auditor.accountId })
      await tx.audit.append({ region: g.region, actor: auditor.accountId, action: 'grant.confirm', subject: g.grantorId, reason: note, data: { grant: g.id, grantee: g.granteeId } })
    })
    return grantSummary({ ...g, state: 'active', confirmedBy: auditor.accountId })
  }
}
