// One scan, start to finish, without React: decide on the device, queue the record, and (for a paper
// code, when the host is reachable) look the status up online with the same idempotency key, so the
// host still records the scan once.
import { ReturnCode } from '@core/api/return-codes'
import { serverNowMs } from '@/features/citizen/wallet'
import type { HealthStatus } from '@core/credential/format'
import type { Reason } from '@core/credential/reasons'
import { decide, type Decision } from './decide'
import { loadTrust } from './trust-store'
import { syncTrustWithin } from './trust-sync'
import { newScanKey } from './scan-key'
import { enqueue, removeKeys } from './scan-queue'
import { isReachable, noteAnswer } from './reachability'
import { knownOffline } from './network'
import { verifyOnline } from './verifier-api'
import type { ScanReport } from '@core/api/contract/verifier'

/** How long a scan waits for a list update before saying "update needed" (the sync carries on). */
export const UPDATE_WAIT_MS = 5000

export interface ScanResult extends Decision {
  report: ScanReport
  /** false: storage refused the record. */
  queued: boolean
}

/** `first`: the decision already made on this text just now (the workspace decides before it records). */
export async function processScan(text: string, accountId: string, pointId: string | null = null, first?: Decision): Promise<ScanResult> {
  // Read the list from storage on every scan: it is the one source of truth (syncs write it).
  let decision = first ?? decide(text, loadTrust(), serverNowMs())
  let scannedAt = serverNowMs()
  const offline = !isReachable() || knownOffline()
  if (decision.view.updateNeeded && !offline) {
    // Too old but maybe online: try one update, then decide again. Offline, the answer stays.
    const synced = await syncTrustWithin(UPDATE_WAIT_MS)
    if (synced.trust) {
      decision = decide(text, synced.trust, serverNowMs())
      scannedAt = serverNowMs()
    }
  }
  const { view } = decision
  const report: ScanReport = {
    idempotencyKey: await newScanKey(accountId + text), scannedAt, valid: view.valid, updateNeeded: view.updateNeeded,
    kind: view.kind, reasons: view.reasons as Reason[], status: view.status, holder: decision.holder, holderRegion: decision.holderRegion,
    offline: offline || !isReachable(), pointId
  }
  return { ...decision, report, queued: enqueue({ ...report, accountId }) }
}

export interface PaperLookup {
  code: number
  status: HealthStatus | null
}

/** code-verify for a paper code: the host's current status for it, and the scan recorded there. */
export async function lookupPaper(text: string, idempotencyKey: string): Promise<PaperLookup> {
  const r = await verifyOnline(text, idempotencyKey)
  noteAnswer(r.code)
  if (r.code !== ReturnCode.OK || !r.data) return { code: r.code, status: null }
  // The host answered for this key (recorded now or before): it leaves the queue.
  removeKeys([idempotencyKey])
  return { code: 0, status: r.data.paperStatus ?? null }
}
