import type { CodeKind } from '@core/credential/reasons'
import type { HealthStatus } from '@core/credential/format'
import type { ScanVerdict } from '@core/api/contract/verifier'

export interface Scan {
  id: string
  verifierId: string
  pointId: string
  region: string
  idempotencyKey: string
  scannedAt: number
  receivedAt: number
  verdict: ScanVerdict
  reasons: string[]
  kind: CodeKind | null
  status: HealthStatus | null
  /** Holder pseudonym of one of our codes (base64url); null for EU certificates and unreadable codes. */
  holder: string | null
  holderRegion: string | null
  offline: boolean
}

export interface PointDayStats {
  pointId: string
  scans: number
  valid: number
  invalid: number
  red: number
  yellow: number
}

export interface ScanStore {
  /** Exactly once per (verifier, idempotency key): a repeat returns false and changes nothing. */
  record(scan: Scan): Promise<boolean>
  byVerifier(verifierId: string, limit: number): Promise<Scan[]>
  byHolder(holder: string, limit: number): Promise<Scan[]>
  statsByPoint(region: string, fromMs: number, toMs: number): Promise<PointDayStats[]>
  count(verifierId: string): Promise<number>
}
