// What an admin sees of a staff member (StaffView, in the contract): the phone number masked.
import { maskPhone } from '@core/identity/masking'
import type { StaffView } from '@core/api/contract/staff'
import type { StaffMember } from '../../ports/staff-store'

export function staffView(m: StaffMember, phone: string | null): StaffView {
  return {
    staffId: m.accountId, displayName: m.displayName, role: m.role, region: m.region, pointId: m.pointId,
    status: m.status, phoneMasked: phone ? maskPhone(phone) : null, createdAt: m.createdAt
  }
}
