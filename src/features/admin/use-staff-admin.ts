// Staff accounts page: list the region's staff and its points, add a member, change role or point,
// disable or enable. The host masks phone numbers and ends a disabled member's sessions.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { createStaff, listPoints, listStaff, updateStaff } from './admin-api'
import { checkStaffForm, emptyStaffForm, staffInput, type StaffForm, type StaffFormErrors } from './staff-form'
import type { CollectionPoint } from '@core/api/contract/points'
import type { StaffView } from '@core/api/contract/staff'
import { useAdminCall } from './use-admin-call'
import { adminErrorKey } from './messages'

export type StaffPatch = { role?: StaffView['role']; pointId?: string | null; status?: StaffView['status'] }

export function useStaffAdmin() {
  const call = useAdminCall()
  const [staff, setStaff] = useState<StaffView[] | null>(null)
  const [points, setPoints] = useState<CollectionPoint[]>([])
  const [form, setFormState] = useState<StaffForm>(emptyStaffForm)
  const [errors, setErrors] = useState<StaffFormErrors>({})

  const load = useCallback(async () => {
    const [s, p] = await Promise.all([listStaff(), listPoints()])
    if (s.code === 0 && Array.isArray(s.data?.staff)) setStaff(s.data!.staff)
    else call.setError(adminErrorKey(s.code))
    if (p.code === 0 && Array.isArray(p.data?.points)) setPoints(p.data!.points)
  }, [call.setError])

  useDidShow(() => void load())

  const setForm = (patch: Partial<StaffForm>) => {
    setFormState((f) => ({ ...f, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k as keyof StaffForm]
      return next
    })
  }

  const submit = async () => {
    const problems = checkStaffForm(form)
    setErrors(problems)
    if (Object.keys(problems).length) return
    const made = await call.run(() => createStaff(staffInput(form)), (m) => ({ key: 'staffAdmin.created', vars: { name: m.displayName } }))
    if (made) {
      setFormState(emptyStaffForm())
      setStaff((list) => [...(list ?? []), made])
    }
  }

  const change = async (member: StaffView, patch: StaffPatch) => {
    const updated = await call.run(() => updateStaff({ staffId: member.staffId, ...patch }), (m) => ({ key: 'staffAdmin.updated', vars: { name: m.displayName } }))
    if (updated) setStaff((list) => (list ?? []).map((m) => (m.staffId === updated.staffId ? updated : m)))
    return updated !== null
  }

  const openPoints = points.filter((p) => p.status === 'open')
  return { ...call, staff, points, openPoints, form, errors, setForm, submit, change, load }
}
