export interface StatusChangeRequest {
  id: string
  region: string
  accountId: string
  toStatus: 'green' | 'yellow' | 'red'
  reasonCode: string
  noteEnc: string
  evidence: { kind: string; ref: string }[]
  caseId: string | null
  state: 'pending' | 'approved' | 'rejected' | 'held'
  requestedBy: string
  requestedAt: number
  decidedBy: string | null
  decidedAt: number | null
  appliedAt: number | null
}

/** Manual status changes: pending until a second, different auditor of the region approves. */
export interface StatusChangeStore {
  create(r: StatusChangeRequest): Promise<void>
  find(id: string): Promise<StatusChangeRequest | null>
  list(region: string, states: StatusChangeRequest['state'][]): Promise<StatusChangeRequest[]>
  decide(id: string, patch: Pick<StatusChangeRequest, 'state' | 'decidedBy' | 'decidedAt' | 'appliedAt'>): Promise<void>
  appliedSince(by: { requestedBy?: string; region?: string }, since: number): Promise<number>
}
