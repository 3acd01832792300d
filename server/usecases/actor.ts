// Who is calling: always established from the platform context or a verified session, never from the request body.
import type { StaffRole } from '../ports/staff-store'

export type Platform = 'h5' | 'weapp' | 'alipay' | 'cli'

export interface Actor {
  accountId: string
  sessionId: string | null
  platform: Platform
  staff: { role: StaffRole; region: string; pointId: string | null } | null
}

export type Access = 'public' | 'account' | StaffRole[]

export function hasRole(actor: Actor, roles: StaffRole[]): boolean {
  return actor.staff !== null && roles.includes(actor.staff.role)
}
