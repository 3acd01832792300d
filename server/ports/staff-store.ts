import type { StaffRequestKind, StaffRole, StaffStatus } from '@core/api/contract/staff'

export type { StaffRole }

export interface StaffMember {
  accountId: string
  role: StaffRole
  region: string
  pointId: string | null
  displayName: string
  status: StaffStatus
  /** The admin who created the account; null when the operator made it on the host. */
  createdBy: string | null
  createdAt: number
  /** The admin who approved the latest grant of power, and when (null: the operator's, or none yet). */
  approvedBy: string | null
  approvedAt: number | null
  updatedAt: number
}

/** A grant of power (creation, new role, re-enabling) waiting for, or decided by, a second admin. */
export interface StaffRequest {
  id: string
  region: string
  accountId: string
  kind: StaffRequestKind
  role: StaffRole
  pointId: string | null
  /** held: stopped by the bulk alarm until an admin releases it. */
  state: 'pending' | 'held' | 'approved' | 'rejected'
  requestedBy: string
  requestedAt: number
  decidedBy: string | null
  decidedAt: number | null
  reason: string | null
}

/** One act that gave a staff member power: who did it (null: the operator on the host) and when. */
export interface StaffOrigin {
  by: string | null
  at: number
}

export interface StaffStore {
  find(accountId: string): Promise<StaffMember | null>
  listByRegion(region: string): Promise<StaffMember[]>
  insert(member: StaffMember): Promise<void>
  update(accountId: string, patch: Partial<Pick<StaffMember, 'role' | 'pointId' | 'status' | 'displayName' | 'approvedBy' | 'approvedAt'>>, at: number): Promise<void>
  countActiveAdmins(region: string): Promise<number>

  createRequest(request: StaffRequest): Promise<void>
  findRequest(id: string): Promise<StaffRequest | null>
  /** Requests of the region still waiting (pending or held), oldest first. */
  openRequests(region: string): Promise<StaffRequest[]>
  openRequestFor(accountId: string): Promise<StaffRequest | null>
  decideRequest(id: string, decision: Pick<StaffRequest, 'state' | 'decidedBy' | 'decidedAt' | 'reason'>): Promise<void>
  /** Requests made since `since` by one admin, or in one region (the bulk alarm counts them). */
  requestsSince(filter: { requestedBy: string } | { region: string }, since: number): Promise<number>
  /** Every act that gave this person power: their creation, and each approved request's requester and approver. */
  originsOf(accountId: string): Promise<StaffOrigin[]>
}
