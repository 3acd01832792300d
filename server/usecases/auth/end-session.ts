// Logging out: this session only (the caller's other phones stay signed in).
import type { SessionsEnded } from '@core/api/contract/auth'
import type { SessionStore } from '../../ports/session-store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class EndSession {
  constructor(private readonly deps: { sessions: Pick<SessionStore, 'revoke'>; clock: Clock }) {}

  async execute(actor: Actor): Promise<SessionsEnded> {
    // A WeChat caller is known by OPENID and has no session to end.
    if (!actor.sessionId) return { ended: 0 }
    await this.deps.sessions.revoke(actor.sessionId, this.deps.clock.now())
    return { ended: 1 }
  }
}
