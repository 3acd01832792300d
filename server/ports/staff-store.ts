import type { StaffRole, StaffStatus } from '@core/api/contract/staff'

export type { StaffRole }

export interface StaffMember {
  accountId: string
  role: StaffRole
  region: string
  pointId: string | null
  displayName: string
  status: StaffStatus
  createdBy: string | null
  createdAt: number
  updatedAt: number
}

export interface StaffStore {
  find(accountId: string): Promise<StaffMember | null>
  listByRegion(region: string): Promise<StaffMember[]>
  insert(member: StaffMember): Promise<void>
  update(accountId: string, patch: Partial<Pick<StaffMember, 'role' | 'pointId' | 'status' | 'displayName'>>, at: number): Promise<void>
  countActiveAdmins(region: string): Promise<number>
}
