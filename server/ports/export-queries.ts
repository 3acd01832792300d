// Region-wide reads behind the exports to authorities: counts and the pseudonymous list of non-green
// statuses. Read-only; the export itself is logged by the use case.
import type { ExportedRecord } from '@core/api/contract/exports'

export interface ExportQueries {
  /** Citizens of the region per status colour. */
  statusCounts(region: string): Promise<{ status: string; count: number }[]>
  /** Every recorded status change of the region's citizens: when, and to which colour. */
  statusChanges(region: string): Promise<{ at: number; toStatus: string }[]>
  /** The region's non-green statuses, each person named only by their holder pseudonym. */
  nonGreenStatuses(region: string): Promise<ExportedRecord[]>
}
