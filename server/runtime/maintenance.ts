// The operator's use cases (retention, decommission), composed from the container for the command line
// and for the host's daily purge; and what a host process runs on a schedule.
import type { Container } from './container'
import { SqlRetentionStore } from '../adapters/db/retention-sql'
import { PurgeExpired } from '../usecases/retention/purge-expired'
import { Decommission } from '../usecases/retention/decommission'
import { ExpireGrants } from '../usecases/grants/expire-grants'
import { ScheduleLeaseRepository } from '../adapters/db/repositories/schedule-lease-repository'
import type { ScheduleLease } from '../ports/schedule-lease'
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

/** The schedule's leases in the store, naming this process as the one that ran a task. */
export function scheduleLeaseOf(c: Container): ScheduleLease {
  return new ScheduleLeaseRepository(c.db, c.jobs.owner)
}

/** The schedule-lease name of the daily purge. */
export const PURGE_LEASE = 'purge'

/**
 * The daily purge: every process of every host looks once an hour, and the lease lets one of them purge
 * per `everyMs` (a repeat would be harmless, but N hosts need not purge N times).
 */
export function schedulePurge(c: Container, everyMs = 24 * 3600_000, lookEveryMs = Math.min(everyMs, 3600_000)): () => void {
  const lease = scheduleLeaseOf(c)
  const timer = setInterval(() => {
    lease.tryRun(PURGE_LEASE, everyMs, c.clock.now())
      .then(due => due ? purgeExpired(c).execute() : undefined)
      .catch(e => logError('purge', e))
  }, lookEveryMs)
  timer.unref?.()
  return () => clearInterval(timer)
}

/**
 * A host process's scheduled work besides the audit checkpointer: the daily purge and the poll for job
 * shares. Every process runs it; leases in the store decide who does what (docs/operations.md). The
 * returned function stops both, and makes shares under way stop after their current batch.
 */
export function scheduleWork(c: Container): () => void {
  const unpurge = schedulePurge(c)
  const unpoll = c.jobs.poll(c.config.jobs.pollMs)
  return () => { unpurge(); unpoll() }
}
