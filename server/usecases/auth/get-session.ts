// Who am I: the signed-in account, its roles and region, and the host's clock.
import type { CurrentSession } from '@core/api/contract/auth'
import type { AccountStore } from '../../ports/account-store'
import type { StaffStore } from '../../ports/staff-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import { describeAccount } from './open-session'

export class GetSession {
  constructor(private readonly deps: { accounts: Pick<AccountStore, 'findById'>; staff: Pick<StaffStore, 'find'>; pii: Pick<PiiProtector, 'open'>; clock: Clock }) {}

  async execute(actor: Actor): Promise<CurrentSession> {
    const { accounts, staff, pii, clock } = this.deps
    return { account: await describeAccount({ accounts, staff }, pii, actor.accountId), serverTime: clock.now() }
  }
}
