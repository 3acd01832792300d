// Uploads this account's queued scans in batches of at most 200 (scan-record's limit). A batch
// leaves the queue only for the keys the host answered for; a lost answer means the batch is sent
// again with the same keys, and the host records each key once.
import { ReturnCode } from '@core/api/return-codes'
import { pendingFor, removeKeys, toReport } from './scan-queue'
import { recordScans } from './verifier-api'
import { noteAnswer } from './reachability'

export const BATCH_SIZE = 200

export interface FlushOutcome {
  /** Scans the host answered for in this flush. */
  synced: number
  remaining: number
  /** The last answer's code: 0, or why it stopped (59901 offline, 40301 no point, …). */
  code: number
}

let inFlight: Promise<FlushOutcome> | null = null

async function run(accountId: string): Promise<FlushOutcome> {
  let synced = 0
  for (;;) {
    const batch = pendingFor(accountId).slice(0, BATCH_SIZE)
    if (!batch.length) return { synced, remaining: 0, code: ReturnCode.OK }
    const r = await recordScans(batch.map(toReport))
    noteAnswer(r.code)
    if (r.code !== ReturnCode.OK || !r.data) return { synced, remaining: pendingFor(accountId).length, code: r.code }
    const sent = new Set(batch.map((s) => s.idempotencyKey))
    const answered = (Array.isArray(r.data.keys) ? r.data.keys : []).filter((k) => sent.has(k))
    removeKeys(answered)
    synced += answered.length
    // An answer that covered nothing would loop forever; stop and try again later.
    if (!answered.length) return { synced, remaining: pendingFor(accountId).length, code: ReturnCode.INTERNAL }
  }
}

/** One flush at a time per app; a second caller waits for the running one. */
export function flushQueue(accountId: string): Promise<FlushOutcome> {
  if (!inFlight) inFlight = run(accountId).finally(() => { inFlight = null })
  return inFlight
}
