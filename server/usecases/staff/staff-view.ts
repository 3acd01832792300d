import { maskPhone } from '@core/identity/masking'
import type { StaffMember } from '../../ports/staff-store'

/** What an admin sees of a staff member: the phone number masked. */
export interface StaffView {
  staffId: string
  displayName: string
  role: StaffMember['role']
  region: string
  pointId: string | null
  status: StaffMember['status']
  phoneMasked: string | null
  createdAt: number
}

export function staffView(m: StaffMember, phone: string | null): StaffView {
  return {
    staffId: m.accountId, displayName: m.displayName, role: m.role, region: m.region, pointId: m.pointId,
    status: m.status, phoneMasked: phone ? maskPhone(phone) : null, createdAt: m.createdAt
  }
}
