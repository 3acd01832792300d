export type StaffRole = 'verifier' | 'auditor' | 'admin'

export interface StaffMember {
  accountId: string
  role: StaffRole
  region: string
  pointId: string | null
  displayName: string
  status: 'active' | 'disabled'
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
