// The staff accounts' wire contracts: a region admin adds, lists and changes the verifiers, auditors and
// admins of the region. A change that gives someone power over people's data or status (creating,
// re-enabling, a new role) waits for a second, independent admin: staff-approve or staff-reject.
import { z } from 'zod'
import { idSchema, phoneSchema, shortText } from '@core/validation/common'
import { defineContract } from './define'

import { STAFF_ROLES, type StaffRole } from '../vocabulary'

export type { StaffRole }
/** `pending`: created, not yet approved by a second admin; the account has no staff power. */
export type StaffStatus = 'active' | 'disabled' | 'pending'

/** What a waiting request would do: create the member, give them a new role, or enable them again. */
export type StaffRequestKind = 'create' | 'role' | 'enable'

/** A change that would give a staff member power, waiting for a second admin (held: by a bulk alarm too). */
export interface StaffRequestView {
  requestId: string
  kind: StaffRequestKind
  role: StaffRole
  pointId: string | null
  state: 'pending' | 'held'
  /** The admin who asked (their staffId) and their name. */
  requestedBy: string
  requestedByName: string | null
  requestedAt: number
  /** The caller asked for it: they wait for a second admin and cannot approve it themselves. */
  mine: boolean
}

/** What an admin sees of a staff member: the phone number masked, who made them and who approved it. */
export interface StaffView {
  staffId: string
  displayName: string
  role: StaffRole
  region: string
  pointId: string | null
  status: StaffStatus
  phoneMasked: string | null
  createdAt: number
  /** The admin who created the account, or null when the operator made it on the host. */
  createdBy: string | null
  /** The admin who approved its latest grant of power (null: made by the operator, or not yet approved). */
  approvedBy: string | null
  approvedAt: number | null
  /** The change waiting for a second admin, if any. */
  request: StaffRequestView | null
}

const role = z.enum(STAFF_ROLES)

export const staffCreate = defineContract<StaffView>()('staff-create', z.object({
  phone: phoneSchema,
  displayName: shortText(40),
  role,
  pointId: idSchema.nullable().optional()
}).strict())
export const staffList = defineContract<{ staff: StaffView[] }>()('staff-list', z.object({}).strict())
export const staffUpdate = defineContract<StaffView>()('staff-update', z.object({
  staffId: idSchema,
  role: role.optional(),
  pointId: idSchema.nullable().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  displayName: shortText(40).optional()
}).strict())
export const staffApprove = defineContract<StaffView>()('staff-approve', z.object({ requestId: idSchema }).strict())
export const staffReject = defineContract<StaffView>()('staff-reject', z.object({
  requestId: idSchema,
  reason: z.string().trim().max(200).optional()
}).strict())

export const STAFF_CONTRACTS = [staffCreate, staffList, staffUpdate, staffApprove, staffReject] as const
