// What the verifier's device keeps and sends. A queued scan holds exactly what `scan-record` takes
// (no name, no ID ends: those are shown once and never stored), plus the account that made it, so a
// phone shared by two verifiers never uploads one's scans under the other's collection point.
import type { CodeKind, Reason } from '@core/credential/reasons'
import type { HealthStatus } from '@core/credential/format'

export interface ScanReport {
  idempotencyKey: string
  /** Corrected epoch ms (device clock + server offset) when the code was decided. */
  scannedAt: number
  valid: boolean
  updateNeeded: boolean
  kind: CodeKind | null
  reasons: Reason[]
  status: HealthStatus | null
  /** The holder pseudonym from the signed claims (base64url, 8 bytes), so holders can see who scanned them. */
  holder: string | null
  holderRegion: string | null
  /** Decided while the host could not be reached. */
  offline: boolean
  /** The collection point this verifier was at when scanning; the host checks it against the assignment history. */
  pointId?: string | null
}

export interface QueuedScan extends ScanReport {
  accountId: string
}

export interface HistoryScan {
  scannedAt: number
  verdict: 'valid' | 'invalid' | 'update-needed'
  status: HealthStatus | null
  kind: CodeKind | null
  reasons: string[]
  offline: boolean
}

/** A paper code's online status lookup: not a paper code, under way, answered, offline, or refused. */
export type PaperLookupState = 'none' | 'looking' | 'found' | 'offline' | 'failed'
