// The staff accounts' wire contracts: a region admin adds, lists and changes the verifiers, auditors and
// admins of the region.
import { z } from 'zod'
import { idSchema, phoneSchema, shortText } from '@core/validation/common'
import { defineContract } from './define'

import { STAFF_ROLES, type StaffRole } from '../vocabulary'

export type { StaffRole }
export type StaffStatus = 'active' | 'disabled'

/** What an admin sees of a staff member: the phone number masked. */
export interface StaffView {
  staffId: string
  displayName: string
  role: StaffRole
  region: string
  pointId: string | null
  status: StaffStatus
  phoneMasked: string | null
  createdAt: number
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

export const STAFF_CONTRACTS = [staffCreate, staffList, staffUpdate] as const
