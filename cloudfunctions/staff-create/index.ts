// 新增工作人员 — a region admin adds a verifier, auditor or admin of the same region.
import { staffCreate } from '@core/api/contract/staff'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(staffCreate, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.staff.createStaff.execute(actor, input)
})
