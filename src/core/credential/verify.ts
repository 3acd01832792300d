// The one verification function for every code a verifier may see: ours (HZ1:, dynamic or paper)
// and EU Digital COVID Certificates (HC1:). Pure, offline, and it never throws.
import { verifyDcc } from '../dcc/verify-dcc'
import { verifyHealthCode } from './verify-healthcode'
import { prepareTrust, PreparedTrust, TrustListJson } from './trust-list'
import { DCC_PREFIX } from './format'
import type { VerifyResult } from './reasons'

export interface VerifyOptions {
  /** Fail closed when the trust list was synced longer ago than this. */
  maxTrustAgeSeconds?: number
}

/** `now` is a Date or epoch milliseconds, already corrected by the server offset learned at the last sync. */
export function verify(text: string, trustList: TrustListJson | PreparedTrust, now: Date | number, options: VerifyOptions = {}): VerifyResult {
  try {
    const nowS = Math.floor((typeof now === 'number' ? now : now.getTime()) / 1000)
    const trust = prepareTrust(trustList)
    const input = String(text).trim()
    if (options.maxTrustAgeSeconds !== undefined && (trust.syncedAt === null || nowS - trust.syncedAt > options.maxTrustAgeSeconds)) {
      return { valid: false, kind: null, reasons: ['trust-list-stale'], claims: null }
    }
    if (input.startsWith(DCC_PREFIX)) return verifyDcc(input, trust.dcc, nowS)
    return verifyHealthCode(input, trust, nowS)
  } catch {
    return { valid: false, kind: null, reasons: ['cose'], claims: null }
  }
}
