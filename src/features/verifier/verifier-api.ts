// Typed wrappers over the verifier functions. No account or point goes in a body: the host takes the
// caller and their collection point from the session.
import { callFunction } from '@/services/cloud'
import type { HealthStatus } from '@core/credential/format'
import type { VerifierView } from '@core/credential/verifier-view'
import type { HistoryScan, ScanReport } from './types'
import type { StoredTrust } from './trust-store'

export const fetchTrust = () => callFunction<{ trustList: Omit<StoredTrust, 'syncedAt'>; serverTime: number }>('trust-sync', {})
export const recordScans = (scans: ScanReport[]) =>
  callFunction<{ accepted: number; duplicates: number; keys: string[]; refused?: string[] }>('scan-record', { scans })
export const verifyOnline = (text: string, idempotencyKey: string) =>
  callFunction<{ view: VerifierView; paperStatus: HealthStatus | null; recorded: boolean }>('code-verify', { text, idempotencyKey })
export const fetchHistory = (limit = 100) => callFunction<{ scans: HistoryScan[] }>('scan-history', { limit })
export const fetchPoints = () => callFunction<{ points: { id: string; name: string; status: string }[] }>('point-list', {})
