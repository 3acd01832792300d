// Small factories for use cases that several functions share.
import type { Container } from '../container'
import { OpenSession } from '../../usecases/auth/open-session'
import { AssessCitizen } from '../../usecases/assessment/assess-citizen'
import type { CitizenDeps } from '../../usecases/citizen/citizen-deps'
import { DecideStatusChange } from '../../usecases/review/decide-change'
import { bulkLimits } from '../../usecases/review/bulk-limits'

export function openSession(c: Container): OpenSession {
  return new OpenSession({
    tokens: c.tokens, pii: c.pii, clock: c.clock,
    ttl: { citizenSeconds: c.config.sessions.citizenTtlSeconds, staffSeconds: c.config.sessions.staffTtlSeconds }
  })
}

export function citizenDeps(c: Container): CitizenDeps {
  return {
    store: c.store, pii: c.pii, clock: c.clock, ids: c.ids, signer: c.signer, pseudonymOf: c.pseudonymOf, region: c.config.region.code,
    onIssued: region => c.issued.issued(region),
    audit: new AssessCitizen({ pii: c.pii, rules: c.rules, pseudonymOf: c.pseudonymOf })
  }
}

export function decideChange(c: Container): DecideStatusChange {
  return new DecideStatusChange({ store: c.store, clock: c.clock, pii: c.pii, pseudonymOf: c.pseudonymOf, limits: bulkLimits() })
}
