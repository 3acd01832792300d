// Signs the audit chain's head every minute while entries arrive, and at shutdown; purges old entries
// behind a signed marker so later checkpoints stay verifiable.
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import { logError } from '../../kernel/log'
import { checkpointMessage, purgeMessage, signWith } from './checkpoint-signature'

export async function checkpointNow(store: Store, key: IssuerKeyFile, clock: Clock): Promise<boolean> {
  const head = await store.auditChain.head()
  const last = await store.auditChain.lastCheckpoint()
  if (head.seq === 0 || (last && last.seq >= head.seq)) return false
  const at = clock.now()
  return store.auditChain.addCheckpoint({ seq: head.seq, hash: head.hash, at, ...signWith(key, checkpointMessage(head.seq, head.hash, at)) })
}

export class AuditCheckpointer {
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(private readonly store: Store, private readonly key: IssuerKeyFile, private readonly clock: Clock, private readonly everyMs = 60_000) {}

  start(): void {
    this.timer = setInterval(() => { checkpointNow(this.store, this.key, this.clock).catch(e => logError('checkpoint', e)) }, this.everyMs)
    this.timer.unref?.()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await checkpointNow(this.store, this.key, this.clock).catch(e => logError('checkpoint', e))
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
