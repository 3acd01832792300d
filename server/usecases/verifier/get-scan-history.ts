// The verifier's own recent scans: the verdicts of their work, never who was scanned.
import type { HistoryScan, scanHistory } from '@core/api/contract/verifier'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { ScanStore } from '../../ports/scan-store'
import type { Actor } from '../actor'

export class GetScanHistory {
  constructor(private readonly deps: { scans: Pick<ScanStore, 'byVerifier'> }) {}

  async execute(actor: Actor, { limit = 100 }: ParsedInputOf<typeof scanHistory>): Promise<{ scans: HistoryScan[] }> {
    const scans = await this.deps.scans.byVerifier(actor.accountId, limit)
    return { scans: scans.map(s => ({ scannedAt: s.scannedAt, verdict: s.verdict, status: s.status, kind: s.kind, reasons: s.reasons, offline: s.offline })) }
  }
}
