// 工作人员列表 — the staff of the admin's region (phone numbers masked).
import { staffList } from '@core/api/contract/staff'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(staffList, {
  access: ['admin'],
  run: (_input, { useCases, actor }) => useCases.staff.listStaff.execute(actor)
})
