// Staff accounts page: list the region's staff and its points, add a member, change role or point,
// disable or enable. The host masks phone numbers and ends a disabled member's sessions. A grant of power
// (a new member, a new role, enabling again) waits for a second admin: the others see Approve/Reject, the
// admin who asked sees it waiting (and may withdraw it). 40305 is the dual-control rule, said as such.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { approveStaff, createStaff, listPoints, listStaff, rejectStaff, updateStaff } from './admin-api'
import { checkStaffForm, emptyStaffForm, staffInput, type StaffForm, type StaffFormErrors } from './staff-form'
import type { CollectionPoint } from '@core/api/contract/points'
import type { StaffView } from '@core/api/contract/staff'
import type { FunctionResult } from '@core/api/return-codes'
import { useAdminCall } from './use-admin-call'
import { adminErrorKey } from './messages'
import { SECOND_APPROVER } from './ops-messages'
import type { MessageKey } from '@/i18n'

/** 40305 on this page: the approver is the requester, the member, or not independent of the requester. */
const staffErrorKey = (code: number): MessageKey | null => (code === SECOND_APPROVER ? 'staffAdmin.notIndependent' : adminErrorKey(code))

export type StaffPatch = { role?: StaffView['role']; pointId?: string | null; status?: 'active' | 'disabled' }

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

  const replace = (updated: StaffView) => setStaff((list) => (list ?? []).map((m) => (m.staffId === updated.staffId ? updated : m)))

  const submit = async () => {
    const problems = checkStaffForm(form)
    setErrors(problems)
    if (Object.keys(problems).length) return
    const made = await call.run(() => createStaff(staffInput(form)), (m) => ({ key: m.request ? 'staffAdmin.createdPending' : 'staffAdmin.created', vars: { name: m.displayName } }))
    if (made) {
      setFormState(emptyStaffForm())
      setStaff((list) => [...(list ?? []), made])
    }
  }

  const change = async (member: StaffView, patch: StaffPatch) => {
    const updated = await call.run(() => updateStaff({ staffId: member.staffId, ...patch }),
      (m) => ({ key: m.request && !member.request ? 'staffAdmin.updatedPending' : 'staffAdmin.updated', vars: { name: m.displayName } }))
    if (updated) replace(updated)
    return updated !== null
  }

  /** Approve or reject (withdraw, for the admin who asked) the member's waiting request. */
  const decide = async (member: StaffView, approve: boolean) => {
    if (!member.request) return false
    const { requestId } = member.request
    const run = (): Promise<FunctionResult<StaffView>> => (approve ? approveStaff(requestId) : rejectStaff(requestId))
    const decided = await call.run(run, (m) => ({ key: approve ? 'staffAdmin.approved' : 'staffAdmin.rejected', vars: { name: m.displayName } }), staffErrorKey)
    if (decided) replace(decided)
    return decided !== null
  }

  const openPoints = points.filter((p) => p.status === 'open')
  const waiting = (staff ?? []).filter((m) => m.request !== null)
  return { ...call, staff, points, openPoints, waiting, form, errors, setForm, submit, change, decide, load }
}
