// 驳回工作人员授权 — an admin rejects (or the requester withdraws) a staff member's waiting creation, new role or re-enabling.
import { staffReject } from '@core/api/contract/staff'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(staffReject, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.staff.rejectStaff.execute(actor, input)
})
