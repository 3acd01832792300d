// 审批工作人员授权 — a second, independent admin approves a staff member's creation, new role or re-enabling.
import { staffApprove } from '@core/api/contract/staff'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(staffApprove, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.staff.approveStaff.execute(actor, input)
})
