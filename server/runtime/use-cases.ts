// Small factories for use cases that several functions share.
import type { Container } from './container'
import { OpenSession } from '../usecases/auth/open-session'

export function openSession(c: Container): OpenSession {
  return new OpenSession({
    tokens: c.tokens, pii: c.pii, clock: c.clock,
    ttl: { citizenSeconds: c.config.sessions.citizenTtlSeconds, staffSeconds: c.config.sessions.staffTtlSeconds }
  })
}
