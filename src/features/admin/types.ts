// What the admin functions answer (docs/api.md, "Region admins"). Kept here, not imported from
// server/, so the app never reaches into server code.
export type StaffRole = 'verifier' | 'auditor' | 'admin'
export const STAFF_ROLE_CHOICES: StaffRole[] = ['verifier', 'auditor', 'admin']

export interface StaffView {
  staffId: string
  displayName: string
  role: StaffRole
  region: string
  pointId: string | null
  status: 'active' | 'disabled'
  phoneMasked: string | null
  createdAt: number
}

export type PointKind = 'collection' | 'venue'

export interface CollectionPoint {
  id: string
  region: string
  name: string
  address: string
  kind: PointKind
  status: 'open' | 'closed'
}

export interface PointStats {
  pointId: string
  name: string
  status: 'open' | 'closed'
  scans: number
  valid: number
  invalid: number
  red: number
  yellow: number
}

export interface TodayStats {
  day: string
  codesIssued: number
  points: PointStats[]
}
