// The operator's use cases (retention, decommission), composed from the container for the command line
// and for the host's daily purge.
import type { Container } from './container'
import { SqlRetentionStore } from '../adapters/db/retention-sql'
import { PurgeExpired } from '../usecases/retention/purge-expired'
import { Decommission } from '../usecases/retention/decommission'
import { ExpireGrants } from '../usecases/grants/expire-grants'
import { logError } from '../kernel/log'

export function purgeExpired(c: Container): PurgeExpired {
  return new PurgeExpired({
    retention: new SqlRetentionStore(c.db, c.store), store: c.store, checkpointKey: c.keys.checkpoint, clock: c.clock,
    days: c.config.retention, expireGrants: () => new ExpireGrants({ store: c.store, clock: c.clock, pseudonymOf: c.pseudonymOf }).execute()
  })
}

export function decommission(c: Container): Decommission {
  return new Decommission({
    retention: new SqlRetentionStore(c.db, c.store), store: c.store, clock: c.clock, region: c.config.region.code,
    signer: c.signer, issuer: { kid: c.keys.issuer.kid, alg: c.keys.issuer.alg }, checkpointKey: c.keys.checkpoint
  })
}

/** The host's daily purge (one worker runs it; a repeat is harmless). */
export function schedulePurge(c: Container, everyMs = 24 * 3600_000): () => void {
  const timer = setInterval(() => { purgeExpired(c).execute().catch(e => logError('purge', e)) }, everyMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
