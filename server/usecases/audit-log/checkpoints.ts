// Signs the audit chain's head every minute while entries arrive (once a minute across all hosts on one
// store, by a schedule lease), and at shutdown; purges old entries behind a signed marker so later
// checkpoints stay verifiable.
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { ScheduleLease } from '../../ports/schedule-lease'
import { logError } from '../../kernel/log'
import { checkpointMessage, purgeMessage, signWith } from './checkpoint-signature'

export async function checkpointNow(store: Store, key: IssuerKeyFile, clock: Clock): Promise<boolean> {
  const head = await store.auditChain.head()
  const last = await store.auditChain.lastCheckpoint()
  if (head.seq === 0 || (last && last.seq >= head.seq)) return false
  const at = clock.now()
  return store.auditChain.addCheckpoint({ seq: head.seq, hash: head.hash, at, ...signWith(key, checkpointMessage(head.seq, head.hash, at)) })
}

/** The schedule-lease name of the periodic checkpoint. */
export const CHECKPOINT_LEASE = 'audit-checkpoint'

async function checkpointDue(store: Store): Promise<boolean> {
  const head = await store.auditChain.head()
  const last = await store.auditChain.lastCheckpoint()
  return head.seq > 0 && (!last || last.seq < head.seq)
}

export class AuditCheckpointer {
  private timer: ReturnType<typeof setInterval> | null = null
  /** The checkpoint being written now, if any: stop() waits for it before the last one. */
  private running: Promise<unknown> = Promise.resolve()
  private stopped: Promise<void> | null = null

  /**
   * With `lease` (every process of every host sharing one store), each process looks four times an interval
   * and the lease lets one of them sign per interval; without, this process signs every interval.
   */
  constructor(private readonly store: Store, private readonly key: IssuerKeyFile, private readonly clock: Clock, private readonly everyMs = 60_000,
    private readonly lease?: ScheduleLease) {}

  start(): void {
    const tick = this.lease ? Math.max(100, Math.floor(this.everyMs / 4)) : this.everyMs
    this.timer = setInterval(() => { this.running = this.scheduled() }, tick)
    this.timer.unref?.()
  }

  /** A scheduled checkpoint: only when entries arrived since the last one (so an idle interval takes no lease), and this process holds the interval's lease. */
  private async scheduled(): Promise<void> {
    if (this.lease) {
      const due = await checkpointDue(this.store).catch(e => { logError('checkpoint', e); return false })
      if (!due || !(await this.lease.tryRun(CHECKPOINT_LEASE, this.everyMs, this.clock.now()).catch(e => { logError('checkpoint', e); return false }))) return
    }
    return this.checkpoint()
  }

  /**
   * Signs the head one last time and writes nothing after. Called once or many times (a signal and the
   * primary's disconnect may both stop a worker), always before the store closes: every call waits for
   * the same last checkpoint.
   */
  stop(): Promise<void> {
    if (!this.stopped) {
      if (this.timer) clearInterval(this.timer)
      this.timer = null
      this.stopped = this.running.then(() => this.checkpoint())
    }
    return this.stopped
  }

  private checkpoint(): Promise<void> {
    return checkpointNow(this.store, this.key, this.clock).then(() => undefined, e => logError('checkpoint', e))
  }
}

/** Deletes entries older than `beforeMs`, writing a signed marker first; returns how many went. */
export async function purgeAuditLog(store: Store, key: IssuerKeyFile, clock: Clock, beforeMs: number): Promise<number> {
  return store.transaction(async tx => {
    const range = await tx.auditChain.countBefore(beforeMs)
    if (!range) return 0
    const last = await tx.auditChain.entry(range.throughSeq)
    if (!last) return 0
    const at = clock.now()
    return tx.auditChain.purge({ throughSeq: range.throughSeq, hash: last.hash, at, count: range.count, ...signWith(key, purgeMessage(range.throughSeq, last.hash, range.count, at)) })
  })
}
