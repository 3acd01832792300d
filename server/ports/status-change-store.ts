// A stored change request is what the status-change functions answer, so it is defined once, in the
// review contract.
import type { ChangeRequest } from '@core/api/contract/review'

export type StatusChangeRequest = ChangeRequest

/** Manual status changes: pending until a second, different auditor of the region approves. */
export interface StatusChangeStore {
  create(r: StatusChangeRequest): Promise<void>
  find(id: string): Promise<StatusChangeRequest | null>
  list(region: string, states: StatusChangeRequest['state'][]): Promise<StatusChangeRequest[]>
  decide(id: string, patch: Pick<StatusChangeRequest, 'state' | 'decidedBy' | 'decidedAt' | 'appliedAt'>): Promise<void>
  appliedSince(by: { requestedBy?: string; region?: string }, since: number): Promise<number>
}
