// The new-staff form, checked on the device the way the host checks it (phone, name, a point for a
// verifier), so most mistakes show before any call.
import { checkPhone, normalizePhone } from '@/features/auth/phone'
import type { MessageKey } from '@/i18n'
import type { StaffRole } from '@core/api/contract/staff'

export interface StaffForm {
  phone: string
  displayName: string
  role: StaffRole
  pointId: string | null
}

export type StaffFormErrors = Partial<Record<keyof StaffForm, MessageKey>>

export const emptyStaffForm = (): StaffForm => ({ phone: '', displayName: '', role: 'verifier', pointId: null })

export function checkStaffForm(f: StaffForm): StaffFormErrors {
  const errors: StaffFormErrors = {}
  const phone = checkPhone(f.phone)
  if (phone) errors.phone = phone === 'required' ? 'field.phone.required' : 'field.phone.invalid'
  if (!f.displayName.trim()) errors.displayName = 'staffAdmin.nameRequired'
  if (f.role === 'verifier' && !f.pointId) errors.pointId = 'staffAdmin.pointRequired'
  return errors
}

export function staffInput(f: StaffForm) {
  return { phone: normalizePhone(f.phone), displayName: f.displayName.trim(), role: f.role, pointId: f.role === 'verifier' ? f.pointId : null }
}
