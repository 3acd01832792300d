// "Log out everywhere": every session of the account, e.g. after losing a phone.
import type { SessionsEnded } from '@core/api/contract/auth'
import type { SessionStore } from '../../ports/session-store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class EndAllSessions {
  constructor(private readonly deps: { sessions: Pick<SessionStore, 'revokeAllFor'>; clock: Clock }) {}

  async execute(actor: Actor): Promise<SessionsEnded> {
    return { ended: await this.deps.sessions.revokeAllFor(actor.accountId, this.deps.clock.now()) }
  }
}
