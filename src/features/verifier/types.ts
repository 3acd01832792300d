// What the verifier's device keeps. A queued scan holds exactly what `scan-record` takes (ScanReport, in
// the contract), plus the account that made it, so a phone shared by two verifiers never uploads one's
// scans under the other's collection point.
import type { ScanReport } from '@core/api/contract/verifier'

export interface QueuedScan extends ScanReport {
  accountId: string
}

/** A paper code's online status lookup: not a paper code, under way, answered, offline, or refused. */
export type PaperLookupState = 'none' | 'looking' | 'found' | 'offline' | 'failed'
