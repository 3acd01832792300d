// Logging out: this session, or every session of the account ("log out everywhere").
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class EndSessions {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async thisOne(actor: Actor): Promise<{ ended: number }> {
    if (!actor.sessionId) return { ended: 0 }
    await this.deps.store.sessions.revoke(actor.sessionId, this.deps.clock.now())
    return { ended: 1 }
  }

  async everywhere(actor: Actor): Promise<{ ended: number }> {
    return { ended: await this.deps.store.sessions.revokeAllFor(actor.accountId, this.deps.clock.now()) }
  }
}
