// Fetches the trust list (issuer keys, signed revocation lists) and stores it with syncedAt = the
// server's time. The same round trip corrects the clock: offset = serverTime − (sent + received) / 2,
// kept by the wallet's clock (shared with the citizen side: one device, one offset).
import { ReturnCode } from '@core/api/return-codes'
import { learnClock } from '@/features/citizen/wallet'
import { fetchTrust } from './verifier-api'
import { noteAnswer } from './reachability'
import { saveTrust, type StoredTrust } from './trust-store'

export interface TrustSyncOutcome {
  code: number
  trust: StoredTrust | null
}

let inFlight: Promise<TrustSyncOutcome> | null = null

async function run(): Promise<TrustSyncOutcome> {
  const sent = Date.now()
  const r = await fetchTrust()
  const received = Date.now()
  noteAnswer(r.code)
  if (r.code !== ReturnCode.OK || !r.data?.trustList || typeof r.data.serverTime !== 'number') return { code: r.code || ReturnCode.INTERNAL, trust: null }
  learnClock(r.data.serverTime, sent, received)
  return { code: ReturnCode.OK, trust: saveTrust(r.data.trustList, r.data.serverTime) }
}

/** One sync at a time; callers arriving meanwhile share its outcome. */
export function syncTrust(): Promise<TrustSyncOutcome> {
  if (!inFlight) inFlight = run().finally(() => { inFlight = null })
  return inFlight
}

/** The same sync, but give up waiting after `ms` (it still completes and stores in the background). */
export function syncTrustWithin(ms: number): Promise<TrustSyncOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const gaveUp = new Promise<TrustSyncOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ code: ReturnCode.NETWORK, trust: null }), ms)
  })
  return Promise.race([syncTrust(), gaveUp]).finally(() => clearTimeout(timer))
}
