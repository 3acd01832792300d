// The verifier functions, typed by their contracts. No account or point goes in a body: the host takes
// the caller and their collection point from the session.
import { callFunction } from '@/services/cloud'
import type { ScanReport } from '@core/api/contract/verifier'

export const fetchTrust = () => callFunction('trust-sync', {})
export const recordScans = (scans: ScanReport[]) => callFunction('scan-record', { scans })
export const verifyOnline = (text: string, idempotencyKey: string) => callFunction('code-verify', { text, idempotencyKey })
export const fetchHistory = (limit = 100) => callFunction('scan-history', { limit })
export const fetchPoints = () => callFunction('point-list', {})
